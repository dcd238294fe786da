package io.github.outlookcontacts.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** Bar charts of a scenario's figures, written as PNG with XChart. */
final class Chart {

    private Chart() {
    }

    /** One bar per row of {@code scenario}: the value named {@code metric}. */
    static void bars(Figures figures, String scenario, String metric, String title, String yAxis, Path png)
            throws IOException {
        List<Figures.Row> rows = figures.rows(scenario).stream().filter(r -> r.values().get(metric) instanceof Number)
                .toList();
        if (rows.isEmpty()) {
            return;
        }
        CategoryChart chart = new CategoryChartBuilder().width(800).height(420).title(title).yAxisTitle(yAxis)
                .build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setDecimalPattern("#,##0.#");
        chart.getStyler().setChartTitleBoxVisible(false);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        if (rows.stream().anyMatch(r -> r.client().length() > 24)) {
            chart.getStyler().setXAxisLabelRotation(15); // long client names would overlap side by side
        }
        chart.addSeries(metric, rows.stream().map(Figures.Row::client).toList(),
                rows.stream().map(r -> (Number) r.values().get(metric)).toList());
        png.getParent().toFile().mkdirs();
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
