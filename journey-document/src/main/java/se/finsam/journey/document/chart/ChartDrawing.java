package se.finsam.journey.document.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import se.finsam.journey.document.Chart;
import se.finsam.journey.document.ChartKind;
import se.finsam.journey.document.Series;
import se.finsam.journey.document.Typeface;
import se.finsam.journey.document.Unit;

/**
 * Builds a JFreeChart from the model and draws it. The chart carries no title of its own (the document's caption
 * above it does); its text is Liberation Sans at sizes meant for a chart 16 cm wide on paper.
 */
public final class ChartDrawing {

    private static final float TICK_SIZE = 8f;
    private static final float LABEL_SIZE = 8.5f;
    private static final float VALUE_SIZE = 7.5f;

    private ChartDrawing() {
    }

    /** Draws the chart into the area (in points, or whatever unit the surface uses). */
    public static void draw(Chart chart, Graphics2D surface, Rectangle2D area) {
        build(chart).draw(surface, area);
    }

    static JFreeChart build(Chart chart) {
        JFreeChart built = chart.kind().isShares() ? ShareCharts.build(chart, LABEL_SIZE) : categories(chart);
        built.setBackgroundPaint(Color.WHITE);
        built.setBorderVisible(false);
        built.setAntiAlias(true);
        built.setTextAntiAlias(true);
        built.setPadding(new RectangleInsets(4, 4, 4, 4));
        LegendTitle legend = built.getLegend();
        if (legend != null) {
            legend.setItemFont(Typeface.REGULAR.awt(LABEL_SIZE));
            legend.setItemPaint(Palette.TEXT);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setBackgroundPaint(Color.WHITE);
        }
        return built;
    }

    private static JFreeChart categories(Chart chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Series series : chart.series()) {
            for (int i = 0; i < chart.categories().size(); i++) {
                BigDecimal value = series.values().get(i);
                data.addValue(value, series.name(), chart.categories().get(i));
            }
        }
        CategoryAxis categoryAxis = new CategoryAxis(null);
        style(categoryAxis);
        categoryAxis.setMaximumCategoryLabelLines(3);
        // a label may be as wide as its category and the gaps beside it, so "Socialtjänst/kommun" stays whole
        categoryAxis.setMaximumCategoryLabelWidthRatio(1.3f);
        categoryAxis.setCategoryMargin(chart.kind() == ChartKind.LINE ? 0 : 0.25);
        NumberAxis valueAxis = new NumberAxis(chart.valueAxis().isEmpty() ? null : chart.valueAxis());
        style(valueAxis, chart);
        AbstractCategoryItemRenderer renderer = renderer(chart);
        CategoryPlot plot = new CategoryPlot(data, categoryAxis, valueAxis, renderer);
        plot.setOrientation(chart.kind() == ChartKind.BAR || chart.kind() == ChartKind.LINE
                ? PlotOrientation.VERTICAL : PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        // horizontal bars read against a value axis below them, as vertical ones against an axis on the left
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        if (chart.kind() == ChartKind.LINE && chart.categories().size() > 12) {
            categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return new JFreeChart(null, null, plot, chart.series().size() > 1);
    }

    private static AbstractCategoryItemRenderer renderer(Chart chart) {
        AbstractCategoryItemRenderer renderer;
        if (chart.kind() == ChartKind.LINE) {
            LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
            for (int i = 0; i < chart.series().size(); i++) {
                line.setSeriesStroke(i, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                line.setSeriesShape(i, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
            }
            line.setDefaultPositiveItemLabelPosition(
                    new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
            renderer = line;
        } else {
            BarRenderer bars = chart.kind() == ChartKind.STACKED_BAR ? new StackedBarRenderer() : new BarRenderer();
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setDrawBarOutline(false);
            bars.setItemMargin(0.04);
            bars.setMaximumBarWidth(chart.kind() == ChartKind.BAR ? 0.12 : 0.2);
            if (chart.kind() == ChartKind.STACKED_BAR) {
                bars.setDefaultPositiveItemLabelPosition(
                        new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
            } else if (chart.kind() == ChartKind.HORIZONTAL_BAR) {
                bars.setDefaultPositiveItemLabelPosition(
                        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
            } else {
                bars.setDefaultPositiveItemLabelPosition(
                        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
            }
            renderer = bars;
        }
        for (int i = 0; i < chart.series().size(); i++) {
            renderer.setSeriesPaint(i, Palette.series(i));
        }
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new SwedishNumberFormat(chart.unit(), chart.unit().decimals(), true)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(Typeface.REGULAR.awt(VALUE_SIZE));
        renderer.setDefaultItemLabelPaint(chart.kind() == ChartKind.STACKED_BAR ? Color.WHITE : Palette.TEXT);
        if (chart.kind() == ChartKind.STACKED_BAR) {
            // a light segment needs dark text; the palette alternates dark and light
            for (int i = 1; i < chart.series().size(); i += 2) {
                renderer.setSeriesItemLabelPaint(i, Palette.TEXT);
            }
        }
        return renderer;
    }

    private static void style(CategoryAxis axis) {
        axis.setTickLabelFont(Typeface.REGULAR.awt(TICK_SIZE));
        axis.setTickLabelPaint(Palette.TEXT);
        axis.setAxisLinePaint(Palette.AXIS);
        axis.setTickMarksVisible(false);
    }

    private static void style(NumberAxis axis, Chart chart) {
        axis.setTickLabelFont(Typeface.REGULAR.awt(TICK_SIZE));
        axis.setLabelFont(Typeface.REGULAR.awt(LABEL_SIZE));
        axis.setTickLabelPaint(Palette.TEXT);
        axis.setLabelPaint(Palette.TEXT);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        axis.setUpperMargin(0.12);
        Unit unit = chart.unit();
        boolean whole = unit == Unit.COUNT
                || chart.largestValue().divide(unit == Unit.THOUSAND_KRONOR ? BigDecimal.valueOf(1000) : BigDecimal.ONE)
                        .compareTo(BigDecimal.TEN) >= 0;
        if (unit == Unit.COUNT) {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        axis.setNumberFormatOverride(new SwedishNumberFormat(unit, whole ? 0 : 1, unit == Unit.PERCENT));
    }

    /** The height, in points, that a chart this wide needs to be read comfortably. */
    public static float height(Chart chart, float width) {
        return switch (chart.kind()) {
            case BAR, LINE -> width * 0.5f;
            case PIE, DONUT -> width * 0.45f;
            case HORIZONTAL_BAR, STACKED_BAR -> {
                int bars = chart.kind() == ChartKind.STACKED_BAR ? 1 : chart.series().size();
                float perCategory = 8 + 13 * bars;
                float legend = chart.series().size() > 1 ? 24 : 0;
                yield Math.max(width * 0.25f, 30 + legend + perCategory * chart.categories().size());
            }
        };
    }
}
