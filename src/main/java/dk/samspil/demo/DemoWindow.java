package dk.samspil.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The months the demo covers: a number of calendar months ending with the month of {@code today}.
 * Everything is relative to {@code today}, never to the clock, so a run can be repeated exactly.
 */
record DemoWindow(LocalDate today, LocalDate firstMonth, LocalDate currentMonth) {

    static DemoWindow of(LocalDate today, int months) {
        LocalDate current = today.withDayOfMonth(1);
        return new DemoWindow(today, current.minusMonths(months - 1L), current);
    }

    /** The last month whose files can have been delivered: monthly files arrive after the month ends. */
    LocalDate lastCompleteMonth() {
        return currentMonth.minusMonths(1);
    }

    /** Every month of the window, the current (incomplete) one included. */
    List<LocalDate> months() {
        return monthsUntil(currentMonth);
    }

    /** The months that are over. */
    List<LocalDate> completeMonths() {
        return monthsUntil(lastCompleteMonth());
    }

    /** Months since the window's first month. */
    int monthIndex(LocalDate date) {
        return (int) ChronoUnit.MONTHS.between(firstMonth, date.withDayOfMonth(1));
    }

    private List<LocalDate> monthsUntil(LocalDate last) {
        List<LocalDate> months = new ArrayList<>();
        for (LocalDate month = firstMonth; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return List.copyOf(months);
    }
}
