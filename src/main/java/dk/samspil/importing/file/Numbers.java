package dk.samspil.importing.file;

import java.math.BigDecimal;

/**
 * Whole numbers and decimals as the contract writes them: an optional sign, digits, and for
 * decimals one decimal comma or point ({@code 3,5} = {@code 3.5}). No thousands separators, so
 * {@code 1.234,5} is no number and {@code 1,234} is 1.234.
 */
final class Numbers {

    private static final int MAX_INT_DIGITS = 9;
    private static final int MAX_DECIMAL_LENGTH = 20;

    private Numbers() {
    }

    /** The whole number, or null when the text is not one (or has more than nine digits). */
    static Integer parseInt(String text) {
        String value = text.strip();
        int n = value.length();
        int start = n > 0 && (value.charAt(0) == '-' || value.charAt(0) == '+') ? 1 : 0;
        if (n - start < 1 || n - start > MAX_INT_DIGITS || !Months.digits(value, start, n)) {
            return null;
        }
        int magnitude = Months.number(value, start, n);
        return value.charAt(0) == '-' ? -magnitude : magnitude;
    }

    /** The decimal, or null when the text is not one. */
    static BigDecimal parseDecimal(String text) {
        String value = text.strip();
        int n = value.length();
        int start = n > 0 && (value.charAt(0) == '-' || value.charAt(0) == '+') ? 1 : 0;
        if (n - start < 1 || n > MAX_DECIMAL_LENGTH) {
            return null;
        }
        int separator = -1;
        for (int i = start; i < n; i++) {
            char c = value.charAt(i);
            if ((c == ',' || c == '.') && separator < 0 && i > start && i < n - 1) {
                separator = i;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        return new BigDecimal(separator < 0 ? value : value.replace(',', '.'));
    }
}
