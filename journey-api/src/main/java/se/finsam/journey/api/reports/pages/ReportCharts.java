package se.finsam.journey.api.reports.pages;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The report's charts as inline SVG drawn on the server (no script library, nothing fetched): grouped bars (this
 * year beside last year) and a line. Each is an {@code role="img"} with a {@code <title>} and {@code <desc>}; the
 * page puts the same numbers in a table beside it. Colours come from classes in journey.css (the CSP forbids
 * inline styles). Every text put into the SVG is escaped here.
 */
final class ReportCharts {

    /** One group of bars: its label, this year's value and last year's (null: none or hidden, no bar drawn). */
    record Bar(String label, Double now, Double before) {
    }

    /** One point of a line: its label (a month) and value (null: no value, the line breaks there). */
    record Point(String label, Double value) {
    }

    private static final int BAR_WIDTH = 560;
    private static final int LINE_WIDTH = 1000;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 16;

    private ReportCharts() {
    }

    /**
     * Horizontal bars per group (the label on the left, so long code labels stay readable); with
     * {@code previousLegend} each group has last year's bar above this year's.
     *
     * @param unit appended to the value labels ("%" or nothing)
     */
    static String bars(String id, String title, String description, String xAxis, List<Bar> bars, String nowLegend,
                       String previousLegend, String unit, Locale locale) {
        boolean pairs = previousLegend != null;
        int labelWidth = 190;
        int barHeight = 13;
        int group = pairs ? 2 * barHeight + 12 : barHeight + 12;
        int plotHeight = Math.max(group, group * bars.size());
        int height = TOP + plotHeight + 64;
        int width = BAR_WIDTH;
        int plotWidth = width - labelWidth - 48;
        double max = bars.stream().flatMap(b -> java.util.stream.Stream.of(b.now(), b.before()))
                .filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
        double top = niceCeiling(max);
        StringBuilder svg = open(id, title, description, width, height);
        int baseline = TOP + plotHeight;
        for (int i = 0; i <= 4; i++) {
            double x = labelWidth + (double) plotWidth * i / 4;
            svg.append("<line class=\"grid\" x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x))
                    .append("\" y1=\"").append(TOP).append("\" y2=\"").append(baseline).append("\"/>");
            svg.append(text(x, baseline + 16, "middle", number(top * i / 4, locale), "tick"));
        }
        svg.append("<line class=\"axis\" x1=\"").append(labelWidth).append("\" x2=\"").append(labelWidth)
                .append("\" y1=\"").append(TOP).append("\" y2=\"").append(baseline).append("\"/>");
        svg.append(text(labelWidth + plotWidth / 2.0, baseline + 34, "middle", xAxis, "axis-title"));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = TOP + group * i + 6;
            svg.append(text(labelWidth - 8, y + (pairs ? barHeight + 4 : barHeight - 2), "end", bar.label(), "label"));
            if (pairs) {
                bar(svg, labelWidth, y, barHeight, bar.before(), top, plotWidth, "bar previous", unit, locale);
                bar(svg, labelWidth, y + barHeight + 1, barHeight, bar.now(), top, plotWidth, "bar", unit, locale);
            } else {
                bar(svg, labelWidth, y, barHeight, bar.now(), top, plotWidth, "bar", unit, locale);
            }
        }
        legend(svg, height - 8, nowLegend, previousLegend);
        return svg.append("</svg>").toString();
    }

    /** A line over the points (months), broken where a point has no value. */
    static String line(String id, String title, String description, String yAxis, List<Point> points, Locale locale) {
        int width = LINE_WIDTH;
        int height = 300;
        int bottom = 40;
        double max = points.stream().map(Point::value).filter(v -> v != null).mapToDouble(Double::doubleValue)
                .max().orElse(0);
        double top = niceCeiling(max);
        int plotHeight = height - TOP - bottom;
        int plotWidth = width - LEFT - RIGHT;
        double step = points.size() < 2 ? plotWidth : (double) plotWidth / (points.size() - 1);
        StringBuilder svg = open(id, title, description, width, height);
        axes(svg, top, plotHeight, yAxis, width, locale);
        StringBuilder path = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            double x = LEFT + step * i;
            if (point.value() == null) {
                drawing = false;
            } else {
                double y = TOP + plotHeight - point.value() / top * plotHeight;
                path.append(drawing ? " L" : " M").append(fmt(x)).append(' ').append(fmt(y));
                svg.append("<circle class=\"dot\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
                        .append("\" r=\"3\"/>");
                drawing = true;
            }
            if (i % 3 == points.size() % 3 || i == points.size() - 1) {
                svg.append(text(x, TOP + plotHeight + 16, "middle", point.label(), "label"));
            }
        }
        if (!path.isEmpty()) {
            svg.append("<path class=\"line\" d=\"").append(path.toString().strip()).append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, String title, String description, int width, int height) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" aria-labelledby=\"").append(id)
                .append("-title ").append(id).append("-desc\"><title id=\"").append(id).append("-title\">")
                .append(escape(title)).append("</title><desc id=\"").append(id).append("-desc\">")
                .append(escape(description)).append("</desc>");
    }

    private static void axes(StringBuilder svg, double top, int plotHeight, String yAxis, int width, Locale locale) {
        int baseline = TOP + plotHeight;
        for (int i = 0; i <= 4; i++) {
            double value = top * i / 4;
            double y = baseline - (double) plotHeight * i / 4;
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(width - RIGHT)
                    .append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\"/>");
            svg.append(text(LEFT - 6, y + 4, "end", number(value, locale), "tick"));
        }
        svg.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(width - RIGHT)
                .append("\" y1=\"").append(baseline).append("\" y2=\"").append(baseline).append("\"/>");
        svg.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT)
                .append("\" y1=\"").append(TOP).append("\" y2=\"").append(baseline).append("\"/>");
        svg.append("<text class=\"axis-title\" transform=\"rotate(-90)\" x=\"").append(-(TOP + plotHeight / 2))
                .append("\" y=\"14\" text-anchor=\"middle\">").append(escape(yAxis)).append("</text>");
    }

    private static void bar(StringBuilder svg, double x, double y, int height, Double value, double top,
                            int plotWidth, String css, String unit, Locale locale) {
        if (value == null) {
            return;
        }
        double w = value / top * plotWidth;
        svg.append("<rect class=\"").append(css).append("\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y))
                .append("\" width=\"").append(fmt(w)).append("\" height=\"").append(height).append("\"/>");
        svg.append(text(x + w + 4, y + height - 2, "start", number(value, locale) + unit, "value"));
    }

    private static void legend(StringBuilder svg, int y, String now, String previous) {
        int x = 190;
        if (previous != null) {
            svg.append("<rect class=\"bar previous\" x=\"").append(x).append("\" y=\"").append(y - 10)
                    .append("\" width=\"12\" height=\"12\"/>");
            svg.append(text(x + 18, y, "start", previous, "legend"));
            x += 30 + previous.length() * 7;
        }
        svg.append("<rect class=\"bar\" x=\"").append(x).append("\" y=\"").append(y - 10)
                .append("\" width=\"12\" height=\"12\"/>");
        svg.append(text(x + 18, y, "start", now, "legend"));
    }

    private static String text(double x, double y, String anchor, String content, String css) {
        return "<text class=\"" + css + "\" x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\">"
                + escape(content) + "</text>";
    }

    /**
     * A round top for the value axis, at least the largest value: 1, 2, 4 or 8 times a power of ten, so that its
     * quarters (the grid lines) are round too.
     */
    static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[]{1, 2, 4, 8, 10}) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }

    static String number(double value, Locale locale) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        String plain = rounded.scale() <= 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
        return "en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
