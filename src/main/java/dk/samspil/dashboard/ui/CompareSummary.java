package dk.samspil.dashboard.ui;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dk.samspil.dashboard.FunnelComparison;
import dk.samspil.dashboard.FunnelPoint;
import dk.samspil.dashboard.MunicipalityTrend;
import dk.samspil.dashboard.MunicipalityTrends;
import dk.samspil.statistics.FunnelZone;

/**
 * The Compare page's charts in words, for screen readers and for the note under each chart: what
 * matters is who lies outside the limits, how wide the intervals are, and where the trends went.
 */
class CompareSummary {

    /** A component's getTranslation. */
    interface Translator {
        String get(String key, Object... parameters);
    }

    private final Translator text;
    private final IndicatorFormat format;

    CompareSummary(Translator text, IndicatorFormat format) {
        this.text = text;
        this.format = format;
    }

    /** "Programme 23.4 %. Outside the 99.8 % limits: none. Between 95 % and 99.8 %: 2 above, 1 below. …" */
    String funnel(FunnelComparison comparison) {
        List<FunnelPoint> points = comparison.points();
        List<FunnelPoint> different = points.stream().filter(p -> p.zone().different()).toList();
        String outside = different.isEmpty() ? text.get("compare.none") : different.stream()
                .map(p -> p.name() + " (" + text.get(p.above(comparison.target()) ? "compare.above" : "compare.below") + ")")
                .collect(Collectors.joining(", "));
        Predicate<FunnelPoint> between = p -> p.zone() == FunnelZone.BETWEEN_95_AND_99_8;
        long above = points.stream().filter(between).filter(p -> p.above(comparison.target())).count();
        long below = points.stream().filter(between).filter(p -> !p.above(comparison.target())).count();
        StringBuilder summary = new StringBuilder(text.get("compare.summary", format.withUnit(comparison.target()),
                points.size(), outside, above, below));
        points.stream().filter(FunnelPoint::own).findFirst().ifPresent(own -> summary.append(' ')
                .append(text.get("compare.summary.own", own.name(), format.withUnit(own.value()),
                        text.get("compare.zone." + own.zone()).toLowerCase(Locale.ROOT))));
        return summary.toString();
    }

    /** One plain sentence: the limits allow for the same citizens month after month, with φ. */
    String dependence(FunnelComparison comparison) {
        double phi = comparison.overdispersion().phi();
        String phiText = IndicatorFormat.number(phi, 2, format.locale());
        return comparison.overdispersion().present()
                ? text.get("compare.dependence", phiText,
                        IndicatorFormat.number(comparison.overdispersion().inflation(), 2, format.locale()),
                        comparison.differentWithoutAdjustment())
                : text.get("compare.no-dependence", phiText);
    }

    /** Highest and lowest with their intervals, and how many intervals hold the programme's value. */
    String ranking(FunnelComparison comparison) {
        List<FunnelPoint> points = comparison.points();
        long holding = points.stream().filter(p -> p.funnelInterval().contains(comparison.target())).count();
        return text.get("compare.ranking.summary", entry(points.getFirst()), entry(points.getLast()), holding,
                points.size(), format.withUnit(comparison.target()));
    }

    /** Each line from its first to its last month with a figure. */
    String trends(MunicipalityTrends trends, DateTimeFormatter month) {
        StringBuilder summary = new StringBuilder(line(text.get("csv.programme"), trends.months(), trends.programme(), month));
        for (MunicipalityTrend trend : trends.municipalities()) {
            summary.append(' ').append(line(trend.own() ? text.get("compare.own.named", trend.name()) : trend.name(),
                    trends.months(), trend.values(), month));
        }
        return summary.toString();
    }

    private String entry(FunnelPoint point) {
        return point.name() + " " + format.withUnit(point.value()) + " (" + format.text(point.funnelInterval().lower()) + "–"
                + format.text(point.funnelInterval().upper()) + ")";
    }

    private String line(String name, List<YearMonth> months, List<Double> values, DateTimeFormatter month) {
        int first = firstWithFigure(values, 0, 1);
        int last = firstWithFigure(values, values.size() - 1, -1);
        if (first < 0) {
            return text.get("compare.trend.none", name);
        }
        return text.get("compare.trend.line", name, format.withUnit(values.get(first)), month.format(months.get(first)),
                format.withUnit(values.get(last)), month.format(months.get(last)));
    }

    private static int firstWithFigure(List<Double> values, int start, int step) {
        for (int i = start; i >= 0 && i < values.size(); i += step) {
            if (Objects.nonNull(values.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
