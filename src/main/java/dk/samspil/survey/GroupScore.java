package dk.samspil.survey;

import java.util.List;

import dk.samspil.statistics.Interval;
import dk.samspil.statistics.Intervals;

/**
 * A group's score on one instrument, or the fact that it is too small to show.
 *
 * @param group      what the group is (a municipality code, a sector code, "TOTAL", a wave month)
 * @param n          respondents with a score; shown even when suppressed only as "fewer than the threshold"
 * @param mean       on the instrument's own scale; null when suppressed
 * @param low        lower end of the 95 % interval (t, n − 1 degrees of freedom); null when suppressed or n = 1
 * @param high       upper end of the 95 % interval
 * @param suppressed true when the anonymity rule hides the group (too few, or derivable by subtraction)
 */
public record GroupScore(String group, int n, Double mean, Double low, Double high, boolean suppressed) {

    /** Mean and t-interval of the respondents' scores (Student's t). */
    static GroupScore of(String group, List<Double> scores) {
        return of(group, scores.stream().reduce(ScoreSums.NONE, ScoreSums::plus, ScoreSums::plus));
    }

    /** The same from the scores' sums, as the pre-aggregated cells keep them. */
    static GroupScore of(String group, ScoreSums sums) {
        int n = sums.n();
        if (n == 0) {
            return new GroupScore(group, 0, null, null, null, false);
        }
        if (n == 1) {
            return new GroupScore(group, 1, sums.sum(), null, null, false);
        }
        Interval interval = Intervals.meanOfSums(n, sums.sum(), sums.sumOfSquares());
        return new GroupScore(group, n, interval.estimate(), interval.lower(), interval.upper(), false);
    }

    /**
     * The total the groups are compared with: the whole programme beside the municipalities, or a
     * municipality beside its sectors.
     */
    public boolean isTotal() {
        return SurveyResults.TOTAL.equals(group);
    }

    GroupScore suppress() {
        return new GroupScore(group, n, null, null, null, true);
    }

    /** The mean on a 0–100 scale, for comparing instruments with different scales. */
    public Double meanOn100(Instrument instrument) {
        return mean == null ? null : 100.0 * (mean - instrument.scaleMin()) / (instrument.scaleMax() - instrument.scaleMin());
    }
}
