package dk.samspil.importing.file;

import java.time.LocalDate;

/**
 * Dates as the contract writes them: {@code 2026-10-07}, or day first with {@code -}, {@code .} or
 * {@code /}: {@code 07-10-2026}, {@code 07.10.2026}, {@code 07/10/2026} (one-digit day and month
 * allowed). Never month first. A date that does not exist, such as {@code 31.02.2026}, is no date.
 */
final class Dates {

    private Dates() {
    }

    /** The date, or null when the text is not one. */
    static LocalDate parse(String text) {
        String value = text.strip();
        int n = value.length();
        if (n == 10 && value.charAt(4) == '-' && value.charAt(7) == '-'
                && Months.digits(value, 0, 4) && Months.digits(value, 5, 7) && Months.digits(value, 8, 10)) {
            return date(Months.number(value, 0, 4), Months.number(value, 5, 7), Months.number(value, 8, 10));
        }
        int first = separator(value, 1);
        if (first < 0) {
            return null;
        }
        char separator = value.charAt(first);
        int second = value.indexOf(separator, first + 1);
        if (second - first < 2 || second - first > 3 || n != second + 5 || !Months.digits(value, 0, first)
                || !Months.digits(value, first + 1, second) || !Months.digits(value, second + 1, n)) {
            return null;
        }
        return date(Months.number(value, second + 1, n), Months.number(value, first + 1, second),
                Months.number(value, 0, first));
    }

    private static int separator(String value, int from) {
        for (int i = from; i <= from + 1 && i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '-' || c == '.' || c == '/') {
                return i;
            }
        }
        return -1;
    }

    private static LocalDate date(int year, int month, int day) {
        if (!Months.plausibleYear(year) || month < 1 || month > 12 || day < 1
                || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }
}
