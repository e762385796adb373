package dk.samspil.importing.file;

import java.time.YearMonth;

/** A calendar quarter, as a self-assessment is given for: {@code 2026-Q3}. */
public record YearQuarter(int year, int quarter) {

    public YearQuarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4");
        }
    }

    public static YearQuarter of(YearMonth month) {
        return new YearQuarter(month.getYear(), (month.getMonthValue() + 2) / 3);
    }

    /**
     * Reads {@code 2026-Q3}, {@code 2026Q3}, {@code 2026K3} or {@code 2026-K3} (K for kvartal),
     * case-insensitive; null when the text is none of these.
     */
    public static YearQuarter parse(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        int letter = value.length() == 7 && value.charAt(4) == '-' ? 5 : 4;
        if (value.length() != letter + 2 || !Months.digits(value, 0, 4)) {
            return null;
        }
        char q = Character.toUpperCase(value.charAt(letter));
        char number = value.charAt(letter + 1);
        if ((q != 'Q' && q != 'K') || number < '1' || number > '4') {
            return null;
        }
        int year = Integer.parseInt(value, 0, 4, 10);
        return Months.plausibleYear(year) ? new YearQuarter(year, number - '0') : null;
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, quarter * 3 - 2);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
