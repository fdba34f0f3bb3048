package se.finsam.journey.document.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.math.BigDecimal;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.RingPlot;
import org.jfree.data.general.DefaultPieDataset;
import se.finsam.journey.document.Chart;
import se.finsam.journey.document.ChartKind;
import se.finsam.journey.document.Series;
import se.finsam.journey.document.Typeface;

/**
 * Pie and donut charts: one series as shares of a whole, each slice labelled with its name, value and share
 * ("Regionen: 26 (50 %)"), starting at twelve o'clock; empty and zero values get no slice.
 */
final class ShareCharts {

    private ShareCharts() {
    }

    static JFreeChart build(Chart chart, float labelSize) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        Series series = chart.series().get(0);
        for (int i = 0; i < chart.categories().size(); i++) {
            BigDecimal value = series.values().get(i);
            if (value != null && value.signum() > 0) {
                data.setValue(chart.categories().get(i), value);
            }
        }
        @SuppressWarnings("unchecked") // RingPlot extends the raw PiePlot
        PiePlot<String> plot = chart.kind() == ChartKind.DONUT ? new RingPlot(data) : new PiePlot<>(data);
        if (plot instanceof RingPlot ring) {
            ring.setSectionDepth(0.42);
            ring.setSeparatorsVisible(false);
        }
        for (int i = 0; i < data.getItemCount(); i++) {
            plot.setSectionPaint(data.getKey(i), Palette.series(i));
        }
        plot.setShadowPaint(null);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setSectionOutlinesVisible(true);
        plot.setDefaultSectionOutlinePaint(Color.WHITE);
        plot.setDefaultSectionOutlineStroke(new BasicStroke(1f));
        plot.setLabelFont(Typeface.REGULAR.awt(labelSize));
        plot.setLabelPaint(Palette.TEXT);
        plot.setLabelBackgroundPaint(null);
        plot.setLabelOutlinePaint(null);
        plot.setLabelShadowPaint(null);
        plot.setLabelLinkPaint(Palette.AXIS);
        plot.setInteriorGap(0.06);
        plot.setStartAngle(90);
        plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0}: {1} ({2})",
                new SwedishNumberFormat(chart.unit(), chart.unit().decimals(), true), SwedishNumberFormat.shares()));
        return new JFreeChart(null, null, plot, false);
    }
}
