package dk.samspil.importing.file;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Months as the contract writes them: {@code 2026-10}, {@code 10-2026}, and {@code okt 2026} /
 * {@code oct 2026} with Danish or English month names, abbreviated or not, case-insensitive.
 */
final class Months {

    private static final Map<String, Integer> NAMES = names();

    private Months() {
    }

    /** The month, or null when the text is not one. */
    static YearMonth parse(String text) {
        String value = text.strip();
        int n = value.length();
        if (n == 7 && value.charAt(4) == '-' && digits(value, 0, 4) && digits(value, 5, 7)) {
            return month(number(value, 0, 4), number(value, 5, 7));
        }
        int dash = value.indexOf('-');
        if ((dash == 1 || dash == 2) && n == dash + 5 && digits(value, 0, dash) && digits(value, dash + 1, n)) {
            return month(number(value, dash + 1, n), number(value, 0, dash));
        }
        return named(value);
    }

    /** Only the ISO form {@code 2026-10}, as in file names. */
    static Optional<YearMonth> parseIso(String text) {
        boolean iso = text.length() == 7 && text.charAt(4) == '-' && digits(text, 0, 4) && digits(text, 5, 7);
        return Optional.ofNullable(iso ? month(number(text, 0, 4), number(text, 5, 7)) : null);
    }

    private static YearMonth named(String value) {
        int n = value.length();
        if (n < 8 || !digits(value, n - 4, n)) {
            return null;
        }
        int end = n - 4;
        while (end > 0 && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '-')) {
            end--;
        }
        if (end == n - 4) {
            return null;
        }
        String name = value.substring(0, end).toLowerCase(Locale.ROOT);
        Integer month = NAMES.get(name.endsWith(".") ? name.substring(0, name.length() - 1) : name);
        return month == null ? null : month(number(value, n - 4, n), month);
    }

    private static YearMonth month(int year, int month) {
        return plausibleYear(year) && month >= 1 && month <= 12 ? YearMonth.of(year, month) : null;
    }

    /** Years a monthly file can mean; guards against {@code 0026} and other slips of the keyboard. */
    static boolean plausibleYear(int year) {
        return year >= 1900 && year <= 2999;
    }

    static boolean digits(String text, int from, int to) {
        if (from >= to || to > text.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static int number(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }

    private static Map<String, Integer> names() {
        String[] danish = {"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
                "oktober", "november", "december"};
        String[] english = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            names.put(danish[i], i + 1);
            names.put(english[i], i + 1);
            names.put(danish[i].substring(0, 3), i + 1);
            names.put(english[i].substring(0, 3), i + 1);
        }
        names.put("sept", 9);
        return Map.copyOf(names);
    }
}
