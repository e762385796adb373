package dk.samspil.survey.ui;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import dk.samspil.base.chart.ChartOptions;
import dk.samspil.base.chart.ChartPanel;
import dk.samspil.base.chart.Figures;
import dk.samspil.municipality.Sector;
import dk.samspil.survey.Tie;

/**
 * The relational-coordination network of a municipality twice: as the 6 × 6 matrix (a heatmap,
 * answering sector × rated sector) and as a drawing of sectors and ties. The matrix's table is
 * the text alternative of both.
 */
class TieMatrix extends ChartPanel {

    final TieNetwork network = new TieNetwork();
    private final int threshold;

    TieMatrix(String title, int threshold) {
        super(title, "culture-rc-network");
        this.threshold = threshold;
        chart.setHeight("340px");
        addComponentAtIndex(2, network);
    }

    void show(List<Tie> ties, Function<Sector, String> names, String empty) {
        if (ties.stream().allMatch(tie -> tie.score().mean() == null)) {
            // at wave level a tie is one sector's view of one other: it reaches the threshold only
            // where many answered, so "none shown" is the common case in a small municipality
            showEmpty(ties.stream().allMatch(tie -> tie.score().n() == 0) ? empty
                    : getTranslation("culture.empty.network-too-few", threshold));
            network.setVisible(false);
            return;
        }
        network.setVisible(true);
        List<String> targets = List.of(Sector.values()).stream().map(names).toList();
        List<ChartOptions.Series> rows = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        for (Sector from : Sector.values()) {
            List<Double> data = new ArrayList<>();
            List<String> row = new ArrayList<>(List.of(names.apply(from)));
            for (Sector to : Sector.values()) {
                Tie tie = find(ties, from, to);
                data.add(tie == null || tie.score().mean() == null ? null : Math.round(tie.score().mean() * 10) / 10.0);
                row.add(cell(tie));
            }
            rows.add(new ChartOptions.Series(names.apply(from), data));
            table.add(row);
        }
        // ApexCharts draws a heatmap's first series at the bottom: reversed, the table's order reads top down
        ChartOptions options = ChartOptions.categories("heatmap", targets, rows.reversed(),
                getTranslation("culture.matrix.from"), List.of("#0b5c73")).withDataLabels();
        List<String> headers = new ArrayList<>(List.of(getTranslation("culture.matrix.from-to")));
        headers.addAll(targets);
        String summary = summary(ties, names);
        show(options, new Figures(headers, table), summary);
        network.show(ties, names, getTranslation("culture.network.label") + " " + summary, getLocale());
        setNote(getTranslation("culture.matrix.note", threshold));
        ties.stream().filter(tie -> tie.score().mean() != null)
                .max(Comparator.comparingDouble(tie -> tie.score().mean()))
                .ifPresent(strongest -> setHowToRead(getTranslation("guide.rc-network", names.apply(strongest.from()),
                        names.apply(strongest.to()), number(strongest.score().mean()))));
    }

    private String summary(List<Tie> ties, Function<Sector, String> names) {
        List<Tie> shown = ties.stream().filter(tie -> tie.score().mean() != null).toList();
        long hidden = ties.stream().filter(tie -> tie.score().suppressed()).count();
        if (shown.isEmpty()) {
            return getTranslation("culture.matrix.summary-none", hidden);
        }
        Comparator<Tie> byMean = Comparator.comparingDouble(tie -> tie.score().mean());
        Tie strongest = shown.stream().max(byMean).orElseThrow();
        Tie weakest = shown.stream().min(byMean).orElseThrow();
        return getTranslation("culture.matrix.summary", shown.size(), names.apply(strongest.from()),
                names.apply(strongest.to()), number(strongest.score().mean()), names.apply(weakest.from()),
                names.apply(weakest.to()), number(weakest.score().mean()), hidden);
    }

    private String cell(Tie tie) {
        if (tie == null || tie.score().n() == 0) {
            return "–";
        }
        if (tie.score().suppressed()) {
            return getTranslation("survey.too-few");
        }
        return getTranslation("survey.thanks.score", number(tie.score().mean()), tie.score().n());
    }

    private static Tie find(List<Tie> ties, Sector from, Sector to) {
        return ties.stream().filter(tie -> tie.from() == from && tie.to() == to).findFirst().orElse(null);
    }

    private String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale() == null ? Locale.ROOT : getLocale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
