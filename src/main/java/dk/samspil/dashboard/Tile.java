package dk.samspil.dashboard;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import dk.samspil.statistics.ProcessReading;

/**
 * One indicator of the Overview: its run chart in miniature and its latest figure.
 *
 * @param indicator   which one
 * @param periods     the months (or survey waves' months) of the series, oldest first
 * @param values      the figure per period; null where there is none (no cases, a suppressed group)
 * @param belowFive   the periods whose count the small-cell rule hides: no figure, "&lt; 5" on the page
 * @param median      the run chart's centre line; null when there is no figure at all
 * @param shiftSince  where the run that broke an Anhøj rule begins; empty unless a rule fires
 * @param stillWaiting for a waiting time: how many of the newest month's cases still wait; else empty
 * @param reading     the variation and assurance icons (decision 0027); null until read
 * @param target      the target in force in the newest period; empty when none is set
 */
public record Tile(TileIndicator indicator, List<YearMonth> periods, List<Double> values, Set<YearMonth> belowFive,
                   Double median, Optional<YearMonth> shiftSince, Optional<StillWaiting> stillWaiting,
                   ProcessReading reading, OptionalDouble target) {

    public Tile {
        belowFive = Set.copyOf(belowFive);
    }

    public Tile(TileIndicator indicator, List<YearMonth> periods, List<Double> values, Set<YearMonth> belowFive,
                Double median, Optional<YearMonth> shiftSince) {
        this(indicator, periods, values, belowFive, median, shiftSince, Optional.empty(), null, OptionalDouble.empty());
    }

    Tile withStillWaiting(StillWaiting waiting) {
        return new Tile(indicator, periods, values, belowFive, median, shiftSince, Optional.of(waiting), reading, target);
    }

    Tile withReading(ProcessReading reading, OptionalDouble target) {
        return new Tile(indicator, periods, values, belowFive, median, shiftSince, stillWaiting, reading, target);
    }

    /** The newest period's count is hidden as "&lt; 5". */
    public boolean latestBelowFive() {
        return !periods.isEmpty() && belowFive.contains(periods.getLast());
    }

    /** The newest period's figure, or empty when the newest period has none. */
    public Optional<Double> latest() {
        return values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.getLast());
    }
}
