package dk.samspil.dashboard.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import dk.samspil.base.chart.ChartOptions;
import dk.samspil.base.chart.ChartPanel;
import dk.samspil.base.chart.Figures;
import dk.samspil.dashboard.MunicipalityTrend;
import dk.samspil.dashboard.MunicipalityTrends;

/**
 * The chosen municipalities' trends side by side, month by month, with the programme as a dashed
 * black reference line; the lead's own municipality is the thick line and says so in its name.
 */
class TrendsPanel extends ChartPanel {

    private static final String PROGRAMME = "#000000";
    private static final String OWN = "#D55E00";
    /** Okabe–Ito, without vermillion (the own municipality's) and black (the programme's). */
    private static final List<String> OTHERS = List.of("#0072B2", "#009E73", "#CC79A7", "#E69F00", "#56B4E9");
    private static final List<String> SHAPES = List.of("circle", "square", "triangle", "diamond", "star");

    TrendsPanel(String title) {
        super(title, "compare-trends");
        setChartHeight(340);
    }

    void show(MunicipalityTrends trends, IndicatorFormat format, String empty) {
        if (trends.programme().stream().allMatch(v -> v == null)) {
            showEmpty(empty);
            return;
        }
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", format.locale());
        List<String> months = trends.months().stream().map(month::format).toList();
        List<ChartOptions.Series> series = new ArrayList<>();
        List<String> colours = new ArrayList<>(List.of(PROGRAMME));
        List<Integer> widths = new ArrayList<>(List.of(2));
        List<Integer> dashes = new ArrayList<>(List.of(6));
        List<Integer> sizes = new ArrayList<>(List.of(0));
        List<String> shapes = new ArrayList<>(List.of("circle"));
        series.add(new ChartOptions.Series(getTranslation("csv.programme"), scaled(trends.programme(), format)));
        int other = 0;
        for (MunicipalityTrend trend : trends.municipalities()) {
            series.add(new ChartOptions.Series(trend.own() ? getTranslation("compare.own.named", trend.name()) : trend.name(),
                    scaled(trend.values(), format)));
            colours.add(trend.own() ? OWN : OTHERS.get(other % OTHERS.size()));
            widths.add(trend.own() ? 5 : 2);
            dashes.add(0);
            sizes.add(trend.own() ? 5 : 3);
            shapes.add(trend.own() ? "square" : SHAPES.get(other % SHAPES.size()));
            other += trend.own() ? 0 : 1;
        }
        ChartOptions lines = ChartOptions.categories("line", months, series, getTranslation(format.unitKey()), colours);
        CompareSummary summary = new CompareSummary((key, parameters) -> getTranslation(key, parameters), format);
        show(TrendChartOptions.of(lines, widths, dashes, sizes, shapes),
                Figures.of(getTranslation("outcomes.month"), lines, format::scaledText), summary.trends(trends, month));
        setNote(trends.municipalities().isEmpty() ? getTranslation("compare.trends.choose")
                : getTranslation("compare.trends.note"));
    }

    private static List<Double> scaled(List<Double> values, IndicatorFormat format) {
        return values.stream().map(format::scaledOrNull).toList();
    }
}
