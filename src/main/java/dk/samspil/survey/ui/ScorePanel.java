package dk.samspil.survey.ui;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import dk.samspil.base.chart.ChartOptions;
import dk.samspil.base.chart.ChartPanel;
import dk.samspil.base.chart.Figures;
import dk.samspil.survey.GroupScore;

/**
 * A chart of group scores (bars by municipality or sector, lines by wave), one series per measure,
 * with the mean and n of each group in its table and CSV; a hidden group is a gap in the chart and
 * "too few answers" in the table, its n only "fewer than" the threshold.
 */
class ScorePanel extends ChartPanel {

    private final int threshold;
    /** In words, in place of the bars that are not drawn: which groups, and why. */
    private String hiddenNote = "";

    ScorePanel(String title, String fileName, int threshold) {
        super(title, fileName);
        this.threshold = threshold;
    }

    /** @return whether there was anything to draw (otherwise the panel says why not) */
    boolean show(String type, String categoryHeader, List<String> categories, Map<String, List<GroupScore>> series,
              List<String> colours, String empty) {
        return show(type, categoryHeader, categories, series, colours, empty, null);
    }

    /**
     * @param scale the measure's own scale (from, to) for the value axis, so two scales never share one;
     *              null to let the chart choose
     */
    boolean show(String type, String categoryHeader, List<String> categories, Map<String, List<GroupScore>> series,
              List<String> colours, String empty, int[] scale) {
        hiddenNote = "";
        if (series.values().stream().flatMap(List::stream).allMatch(group -> group.n() == 0)) {
            showEmpty(empty);
            return false;
        }
        if (series.values().stream().flatMap(List::stream).allMatch(group -> group.mean() == null)) {
            showEmpty(getTranslation("culture.empty.too-few", threshold));
            return false;
        }
        List<ChartOptions.Series> drawn = series.entrySet().stream().map(entry -> new ChartOptions.Series(entry.getKey(),
                entry.getValue().stream().map(g -> g.mean() == null ? null : Math.round(g.mean() * 10) / 10.0).toList()))
                .toList();
        ChartOptions options = ChartOptions.categories(type, categories, drawn, getTranslation("culture.mean"),
                colours.subList(0, series.size()));
        if (scale != null) {
            options = options.onScale(scale[0], scale[1]);
        }
        List<String> headers = new ArrayList<>(List.of(categoryHeader));
        series.keySet().forEach(name -> headers.addAll(List.of(name, getTranslation("culture.interval", name),
                getTranslation("culture.n", name))));
        List<List<String>> rows = IntStream.range(0, categories.size()).mapToObj(i -> {
            List<String> row = new ArrayList<>(List.of(categories.get(i)));
            series.values().forEach(groups -> row.addAll(cells(groups.get(i))));
            return row;
        }).toList();
        show(options, new Figures(headers, rows), summary(categories, series));
        List<String> hidden = IntStream.range(0, categories.size())
                .filter(i -> series.values().stream().anyMatch(groups -> groups.get(i).suppressed()))
                .mapToObj(categories::get).toList();
        List<String> none = IntStream.range(0, categories.size())
                .filter(i -> series.values().stream().allMatch(groups -> groups.get(i).n() == 0))
                .mapToObj(categories::get).toList();
        StringBuilder why = new StringBuilder();
        if (!hidden.isEmpty()) {
            why.append(getTranslation("culture.hidden-bars", String.join(", ", hidden), threshold));
        }
        if (!none.isEmpty()) {
            why.append(why.isEmpty() ? "" : " ").append(getTranslation("culture.no-answers-bars", String.join(", ", none)));
        }
        hiddenNote = why.toString();
        setNote(hiddenNote);
        return true;
    }

    /** A measure's own scale for the value axis: PS and RCL 1–7, RC 1–5. */
    static int[] scale(dk.samspil.survey.Construct construct) {
        return construct == dk.samspil.survey.Construct.RELATIONAL_COORDINATION ? new int[] {1, 5} : new int[] {1, 7};
    }

    /** A note under the chart, after the words for the bars not drawn. */
    void note(String text) {
        setNote((hiddenNote + " " + text).trim());
    }

    private List<String> cells(GroupScore group) {
        if (group.n() == 0) {
            return List.of("–", "", "0");
        }
        if (group.suppressed()) {
            return List.of(getTranslation("survey.too-few"), "", "< " + threshold);
        }
        String interval = group.low() == null ? "" : number(group.low()) + "–" + number(group.high());
        // the drawn figure, rounded once, so that the CSV and the chart cannot differ in the last digit
        return List.of(number(Math.round(group.mean() * 10) / 10.0), interval, String.valueOf(group.n()));
    }

    private String summary(List<String> categories, Map<String, List<GroupScore>> series) {
        StringBuilder text = new StringBuilder();
        series.forEach((name, groups) -> {
            List<Integer> shown = IntStream.range(0, groups.size()).filter(i -> groups.get(i).mean() != null).boxed()
                    .toList();
            long hidden = groups.stream().filter(GroupScore::suppressed).count();
            if (shown.isEmpty()) {
                text.append(getTranslation("culture.summary.none", name, hidden)).append(' ');
                return;
            }
            Comparator<Integer> byMean = Comparator.comparingDouble(i -> groups.get(i).mean());
            int high = shown.stream().max(byMean).orElseThrow();
            int low = shown.stream().min(byMean).orElseThrow();
            text.append(getTranslation("culture.summary", name, categories.get(high), number(groups.get(high).mean()),
                    categories.get(low), number(groups.get(low).mean()), hidden)).append(' ');
        });
        return text.toString().trim();
    }

    private String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        // as the chart rounds (Math.round), so the table, the CSV and the drawing agree
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }
}
