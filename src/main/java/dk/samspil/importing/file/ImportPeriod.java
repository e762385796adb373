package dk.samspil.importing.file;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The period one file delivers: a month ({@code 2026-10}) or, for self-assessments, a quarter
 * ({@code 2026-Q3}). Rows dated outside it are invalid when a period is given to the validation,
 * because the writer replaces exactly this period's rows.
 */
public record ImportPeriod(YearMonth first, YearMonth last) {

    public ImportPeriod {
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("a period ends after it starts");
        }
    }

    public static ImportPeriod ofMonth(YearMonth month) {
        return new ImportPeriod(month, month);
    }

    public static ImportPeriod ofQuarter(YearQuarter quarter) {
        return new ImportPeriod(quarter.firstMonth(), quarter.firstMonth().plusMonths(2));
    }

    static ImportPeriod quarterOf(ImportPeriod period) {
        return ofQuarter(YearQuarter.of(period.first()));
    }

    /** Reads {@code 2026-10}, {@code 2026-Q3} or {@code 2026K3}. */
    public static ImportPeriod parse(String text) {
        YearMonth month = Months.parse(text);
        if (month != null) {
            return ofMonth(month);
        }
        YearQuarter quarter = YearQuarter.parse(text);
        if (quarter != null) {
            return ofQuarter(quarter);
        }
        throw new IllegalArgumentException("not a month or a quarter: " + text);
    }

    public boolean isQuarter() {
        return !first.equals(last);
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }

    public boolean overlaps(YearMonth from, YearMonth to) {
        return !to.isBefore(first) && !from.isAfter(last);
    }

    /** The first day, as {@code import_record.period} stores it. */
    public LocalDate firstDay() {
        return first.atDay(1);
    }

    @Override
    public String toString() {
        return isQuarter() ? YearQuarter.of(first).toString() : first.toString();
    }
}
