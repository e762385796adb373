package dk.samspil.dashboard;

import java.time.YearMonth;

/** A count for one calendar month. */
public record MonthlyCount(YearMonth month, long count) {
}
