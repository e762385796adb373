package dk.samspil.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code 2026-Q3} in the URL and on the command line. */
public record Quarter(int year, int quarter) {

    private static final Pattern TEXT = Pattern.compile("(20\\d\\d)-Q([1-4])");

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1–4: " + quarter);
        }
    }

    public static Optional<Quarter> parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text.strip());
        return matcher.matches()
                ? Optional.of(new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))))
                : Optional.empty();
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, quarter * 3 - 2);
    }

    public YearMonth lastMonth() {
        return YearMonth.of(year, quarter * 3);
    }

    public List<YearMonth> months() {
        return List.of(firstMonth(), firstMonth().plusMonths(1), lastMonth());
    }

    /** Its figures are complete once its last month is over. */
    public boolean isOverBy(YearMonth thisMonth) {
        return lastMonth().isBefore(thisMonth);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
