package dk.samspil.dashboard.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dk.samspil.base.chart.ChartOptions;
import dk.samspil.base.chart.ChartPanel;
import dk.samspil.base.chart.Figures;
import dk.samspil.dashboard.MunicipalitySectorShares;
import dk.samspil.municipality.Sector;

/**
 * Who attends the network meetings as a heatmap of shares: every sector month by month, or one
 * sector across the municipalities — in Danish alphabetical order as everywhere else, the chosen
 * (or the lead's own) municipality on top.
 */
class AttendancePanel extends ChartPanel {

    private static final String COLOUR = "#0072B2";

    private final IndicatorFormat format;

    AttendancePanel(IndicatorFormat format) {
        super("", "meetings-sector-attendance");
        this.format = format;
        setHeading(getTranslation("meetings.sectors"));
    }

    void showSectors(Map<Sector, List<Double>> shares, List<String> months) {
        List<ChartOptions.Series> rows = new ArrayList<>();
        for (Sector each : Sector.values()) {
            rows.add(new ChartOptions.Series(getTranslation(each.translationKey()), percent(shares.get(each))));
        }
        draw(rows, months, getTranslation("meetings.sectors"), "");
    }

    /** @param order the municipalities' codes in the order of the list; {@code highlighted} goes first */
    void showMunicipalities(Sector sector, List<MunicipalitySectorShares> byMunicipality, List<Integer> order,
                            int highlighted, List<String> months) {
        List<MunicipalitySectorShares> sorted = new ArrayList<>(byMunicipality);
        sorted.sort(Comparator.comparing((MunicipalitySectorShares row) -> row.municipalityCode() != highlighted)
                .thenComparing(row -> order.indexOf(row.municipalityCode())));
        List<ChartOptions.Series> rows = sorted.stream()
                .map(row -> new ChartOptions.Series(row.name(), percent(row.shares()))).toList();
        draw(rows, months, getTranslation("meetings.sector-by-municipality",
                getTranslation("sector.in-sentence." + sector.name())), getTranslation("meetings.sector-by-municipality.note"));
    }

    private void draw(List<ChartOptions.Series> rows, List<String> months, String rowHeader, String noteText) {
        setHeading(rowHeader);
        setNote(noteText);
        int height = Math.max(320, 28 * rows.size() + 90);
        ChartOptions natural = ChartOptions.categories("heatmap", months, rows, "", List.of(COLOUR));
        // ApexCharts draws a heatmap's first series at the bottom: reverse it so it reads top-down
        ChartOptions drawn = new ChartOptions(new ChartOptions.Chart("heatmap", height,
                natural.chart().toolbar(), natural.chart().animations(), natural.chart().fontFamily()),
                rows.reversed(), natural.xaxis(), natural.yaxis(), natural.colors(), natural.dataLabels(),
                natural.stroke(), natural.legend(), null, null);
        setChartHeight(height);
        show(drawn, Figures.of(getTranslation("outcomes.month"), natural, format::scaledText),
                rowHeader + ", " + getTranslation("meetings.mean-over-months") + ": " + ChartPanel.list(
                        rows.stream().map(ChartOptions.Series::name).toList(),
                        rows.stream().map(row -> format.scaledText(mean(row.data()))).toList()));
    }

    private List<Double> percent(List<Double> shares) {
        return shares.stream().map(format::scaledOrNull).toList();
    }

    private Double mean(List<? extends Number> values) {
        return values.stream().filter(v -> v != null).mapToDouble(Number::doubleValue).average()
                .stream().boxed().findFirst().map(v -> Math.round(v * 10) / 10.0).orElse(null);
    }
}
