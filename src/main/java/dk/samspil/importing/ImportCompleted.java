package dk.samspil.importing;

import java.time.YearMonth;
import java.util.Set;

/**
 * Published when a file's rows are written: the dashboards' monthly aggregates for these
 * municipalities and months are out of date.
 */
public record ImportCompleted(long importId, String kind, Set<Integer> municipalities, YearMonth from, YearMonth to) {
}
