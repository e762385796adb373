package dk.samspil.dashboard.ui;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import dk.samspil.base.chart.ChartOptions;
import dk.samspil.base.chart.ChartPanel;
import dk.samspil.base.chart.Figures;
import dk.samspil.dashboard.BeforeAfterOverview;
import dk.samspil.dashboard.ChangeGroup;
import dk.samspil.dashboard.OutcomeChange;
import dk.samspil.dashboard.OutcomeStatistics;

/**
 * The per-case change before/after enrolment as a distribution: how many cases fell, stayed or
 * rose, and the quartiles of the changes. Counts the small-cell rule withheld come without a
 * number and are written "&lt; 5"; under five cases there is no distribution at all.
 */
class BeforeAfterPanel extends ChartPanel {

    /** Every group a bar can be, in drawing order. */
    private static final List<String> GROUP_KEYS = List.of("fell", "fell-unchanged", "unchanged", "fell-rose",
            "unchanged-rose", "rose", "fell-unchanged-rose");
    /** Okabe–Ito bluish green, grey and vermilion for fell / unchanged / rose; merged groups in between. */
    private static final Map<String, String> GROUP_COLOURS = Map.of("fell", "#009E73", "fell-unchanged", "#56B4E9",
            "unchanged", "#9a9a9a", "fell-rose", "#CC79A7", "unchanged-rose", "#E69F00", "rose", "#D55E00",
            "fell-unchanged-rose", "#6b6b6b");

    BeforeAfterPanel(String title) {
        super(title, "outcomes-before-after");
        setDefinition(String.join(" ", OutcomeStatistics.BEFORE_AFTER.stream()
                .map(indicator -> IndicatorText.name(this, indicator) + ": " + IndicatorText.help(this, indicator.name()))
                .toList()));
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
        // one bar per group, merged groups too, so that every case is in some bar (issue 12, defect 2)
        List<String> keys = GROUP_KEYS.stream().filter(key -> shown.stream()
                .anyMatch(c -> c.groups().stream().anyMatch(g -> g.key().equals(key)))).toList();
        List<ChartOptions.Series> bars = keys.stream().map(key -> new ChartOptions.Series(groupName(key),
                shown.stream().map(c -> c.groups().stream().filter(g -> g.key().equals(key)).findFirst()
                        .map(g -> share(g.count(), c)).orElse(null)).toList())).toList();
        ChartOptions options = ChartOptions.categories("bar", categories, bars,
                getTranslation("outcomes.before-after.unit"), keys.stream().map(GROUP_COLOURS::get).toList());
        List<String> headers = List.of(getTranslation("outcomes.indicator"), getTranslation("outcomes.before-after.cases"),
                getTranslation("outcomes.before-after.fell"), getTranslation("outcomes.before-after.unchanged"),
                getTranslation("outcomes.before-after.rose"), getTranslation("outcomes.before-after.lower-quartile"),
                getTranslation("outcomes.before-after.median"), getTranslation("outcomes.before-after.upper-quartile"),
                getTranslation("outcomes.before-after.mean"));
        List<List<String>> rows = overview.changes().stream().map(change -> change.shown()
                ? List.of(name(change), count(change.cases()), part(change, 0), part(change, 1),
                        part(change, 2), number(change.lowerQuartile()), number(change.median()),
                        number(change.upperQuartile()), change.meanChange()
                                .map(mean -> getTranslation("outcomes.before-after.interval", number(mean.estimate()),
                                        number(mean.lower()), number(mean.upper()))).orElse(""))
                : List.of(name(change), count(change.cases()),
                        getTranslation("outcomes.before-after.row-too-few", OutcomeChange.MINIMUM_CASES), "", "", "", "", "", ""))
                .toList();
        StringBuilder summary = new StringBuilder(getTranslation("outcomes.before-after") + ", " + place + ". ");
        shown.forEach(change -> summary.append(getTranslation("outcomes.before-after.summary", name(change),
                count(change.cases()), part(change, 0), part(change, 1), part(change, 2),
                number(change.median()), number(change.lowerQuartile()), number(change.upperQuartile()))).append(' '));
        show(options, new Figures(headers, rows), summary.toString().trim());
        OutcomeChange example = shown.getFirst();
        setHowToRead(getTranslation("guide.before-after", name(example), count(example.cases()), number(example.median()),
                number(example.lowerQuartile()), number(example.upperQuartile())));
        setNote(getTranslation("outcomes.before-after.note", when)
                + (overview.smallCells() ? " " + getTranslation("outcomes.before-after.small-cells") : ""));
    }

    private String name(OutcomeChange change) {
        return getTranslation("outcomes.before-after." + change.indicator());
    }

    /** A group's share of the cases in per cent. */
    private static Double share(long count, OutcomeChange change) {
        return Math.round(1000.0 * count / change.cases().orElseThrow()) / 10.0;
    }

    /** Fell, unchanged or rose: its count, or the merged group it is counted in ("in «unchanged or rose»: 21"). */
    private String part(OutcomeChange change, int index) {
        OptionalLong alone = List.of(change.fell(), change.unchanged(), change.rose()).get(index);
        if (alone.isPresent()) {
            return count(alone);
        }
        String part = ChangeGroup.PARTS.get(index);
        return change.groups().stream().filter(g -> g.parts().contains(part)).findFirst()
                .map(g -> getTranslation("outcomes.before-after.in-group", groupName(g.key()), g.count()))
                .orElse(count(alone));
    }

    private String groupName(String key) {
        return getTranslation("outcomes.before-after.group." + key);
    }

    private String count(OptionalLong count) {
        return ShownCounts.text(this, count);
    }

    private String number(double value) {
        return Figures.number(value, getLocale());
    }
}
