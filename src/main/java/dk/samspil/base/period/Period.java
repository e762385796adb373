package dk.samspil.base.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The months a dashboard shows: the last n complete months, or one calendar year. Written in the
 * URL as {@code period=24m} or {@code period=2025}, so a copied link opens the same months — as
 * long as "last 24 months" is what the reader meant; a calendar year is fixed.
 *
 * @param from first month shown
 * @param to   last month shown (never the running month: its figures are not complete)
 * @param key  how it is written in the URL
 */
public record Period(YearMonth from, YearMonth to, String key) {

    private static final Pattern LAST = Pattern.compile("(\\d{1,2})m");
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)");
    /** The choices of "last n months" the filter offers. */
    public static final List<Integer> LAST_MONTHS = List.of(12, 24, 36, 60);

    public static Period last(int months, YearMonth thisMonth) {
        YearMonth to = thisMonth.minusMonths(1);
        return new Period(to.minusMonths(months - 1L), to, months + "m");
    }

    /**
     * Any run of whole months, for a service's own span (a single month, a test's months); its key
     * is not one of the filter's choices, so {@link #parse} does not read it back.
     */
    public static Period between(YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends after it begins: " + from + "–" + to);
        }
        return new Period(from, to, from + ".." + to);
    }

    public static Period year(int year, YearMonth thisMonth) {
        YearMonth to = YearMonth.of(year, 12);
        YearMonth lastComplete = thisMonth.minusMonths(1);
        return new Period(YearMonth.of(year, 1), to.isAfter(lastComplete) ? lastComplete : to, String.valueOf(year));
    }

    /** Reads a URL value; empty when it is not one of the offered choices. */
    public static Optional<Period> parse(String key, YearMonth thisMonth) {
        Matcher last = LAST.matcher(key);
        if (last.matches() && LAST_MONTHS.contains(Integer.parseInt(last.group(1)))) {
            return Optional.of(last(Integer.parseInt(last.group(1)), thisMonth));
        }
        Matcher year = YEAR.matcher(key);
        if (year.matches() && Integer.parseInt(key) <= thisMonth.minusMonths(1).getYear()
                && Integer.parseInt(key) >= thisMonth.getYear() - 5) {
            return Optional.of(year(Integer.parseInt(key), thisMonth));
        }
        return Optional.empty();
    }

    /** What the filter offers: the last 12/24/36/60 months, then the last five calendar years. */
    public static List<Period> choices(YearMonth thisMonth) {
        List<Period> choices = new ArrayList<>();
        LAST_MONTHS.forEach(months -> choices.add(last(months, thisMonth)));
        for (int year = thisMonth.minusMonths(1).getYear(); year >= thisMonth.getYear() - 5; year--) {
            choices.add(year(year, thisMonth));
        }
        return choices;
    }

    public int months() {
        return (int) (to.getYear() * 12L + to.getMonthValue() - from.getYear() * 12L - from.getMonthValue()) + 1;
    }

    /** The months from first to last. */
    public List<YearMonth> axis() {
        List<YearMonth> axis = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            axis.add(month);
        }
        return axis;
    }

    /** The first day of the first month, for SQL's {@code period >= :from}. */
    public LocalDate firstDay() {
        return from.atDay(1);
    }

    /** The day after the last month, for SQL's {@code period < :until}: months have no last instant. */
    public LocalDate dayAfter() {
        return to.plusMonths(1).atDay(1);
    }

    /** The first day of the last month, for SQL's {@code period BETWEEN :from AND :to} on month rows. */
    public LocalDate lastMonthsFirstDay() {
        return to.atDay(1);
    }

    public boolean isCalendarYear() {
        return YEAR.matcher(key).matches();
    }
}
