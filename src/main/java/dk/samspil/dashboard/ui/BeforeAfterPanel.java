package dk.samspil.dashboard.ui;

import java.util.List;
import java.util.OptionalLong;

import dk.samspil.base.chart.ChartOptions;
import dk.samspil.base.chart.ChartPanel;
import dk.samspil.base.chart.Figures;
import dk.samspil.dashboard.BeforeAfterOverview;
import dk.samspil.dashboard.OutcomeChange;

/**
 * The per-case change before/after enrolment as a distribution: how many cases fell, stayed or
 * rose, and the quartiles of the changes. Counts the small-cell rule withheld come without a
 * number and are written "&lt; 5"; under five cases there is no distribution at all.
 */
class BeforeAfterPanel extends ChartPanel {

    /** Okabe–Ito bluish green, grey and vermilion for fell / unchanged / rose. */
    private static final List<String> CHANGE_COLOURS = List.of("#009E73", "#9a9a9a", "#D55E00");

    BeforeAfterPanel(String title) {
        super(title, "outcomes-before-after");
    }

    void show(BeforeAfterOverview overview, String place, String when) {
        List<OutcomeChange> shown = overview.changes().stream().filter(OutcomeChange::shown).toList();
        if (shown.isEmpty()) {
            boolean none = overview.changes().stream().allMatch(c -> c.cases().isPresent() && c.cases().getAsLong() == 0);
            showEmpty(getTranslation(none ? "outcomes.before-after.none" : "outcomes.before-after.too-few",
                    place, when, OutcomeChange.MINIMUM_CASES));
            return;
        }
        List<String> categories = shown.stream().map(this::name).toList();
        List<ChartOptions.Series> bars = List.of(
                new ChartOptions.Series(getTranslation("outcomes.before-after.fell"),
                        shown.stream().map(c -> share(c.fell(), c)).toList()),
                new ChartOptions.Series(getTranslation("outcomes.before-after.unchanged"),
                        shown.stream().map(c -> share(c.unchanged(), c)).toList()),
                new ChartOptions.Series(getTranslation("outcomes.before-after.rose"),
                        shown.stream().map(c -> share(c.rose(), c)).toList()));
        ChartOptions options = ChartOptions.categories("bar", categories, bars,
                getTranslation("outcomes.before-after.unit"), CHANGE_COLOURS);
        List<String> headers = List.of(getTranslation("outcomes.indicator"), getTranslation("outcomes.before-after.cases"),
                getTranslation("outcomes.before-after.fell"), getTranslation("outcomes.before-after.unchanged"),
                getTranslation("outcomes.before-after.rose"), getTranslation("outcomes.before-after.lower-quartile"),
                getTranslation("outcomes.before-after.median"), getTranslation("outcomes.before-after.upper-quartile"),
                getTranslation("outcomes.before-after.mean"));
        List<List<String>> rows = overview.changes().stream().map(change -> change.shown()
                ? List.of(name(change), count(change.cases()), count(change.fell()), count(change.unchanged()),
                        count(change.rose()), number(change.lowerQuartile()), number(change.median()),
                        number(change.upperQuartile()), change.meanChange()
                                .map(mean -> getTranslation("outcomes.before-after.interval", number(mean.estimate()),
                                        number(mean.lower()), number(mean.upper()))).orElse(""))
                : List.of(name(change), count(change.cases()),
                        getTranslation("outcomes.before-after.row-too-few", OutcomeChange.MINIMUM_CASES), "", "", "", "", "", ""))
                .toList();
        StringBuilder summary = new StringBuilder(getTranslation("outcomes.before-after") + ", " + place + ". ");
        shown.forEach(change -> summary.append(getTranslation("outcomes.before-after.summary", name(change),
                count(change.cases()), count(change.fell()), count(change.unchanged()), count(change.rose()),
                number(change.median()), number(change.lowerQuartile()), number(change.upperQuartile()))).append(' '));
        show(options, new Figures(headers, rows), summary.toString().trim());
        setNote(getTranslation("outcomes.before-after.note", when)
                + (overview.smallCells() ? " " + getTranslation("outcomes.before-after.small-cells") : ""));
    }

    private String name(OutcomeChange change) {
        return getTranslation("outcomes.before-after." + change.indicator());
    }

    /** A share of the cases in per cent; no bar where the count is withheld. */
    private static Double share(OptionalLong count, OutcomeChange change) {
        return count.isEmpty() ? null : Math.round(1000.0 * count.getAsLong() / change.cases().orElseThrow()) / 10.0;
    }

    private String count(OptionalLong count) {
        return ShownCounts.text(this, count);
    }

    private String number(double value) {
        return Figures.number(value, getLocale());
    }
}
