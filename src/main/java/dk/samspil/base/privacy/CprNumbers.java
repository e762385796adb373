package dk.samspil.base.privacy;

import java.nio.CharBuffer;
import java.text.Normalizer;

/**
 * Finds CPR-like numbers in any text the application accepts (import files, file names, form
 * fields), however they are written: ten digits whose first six are a valid date DDMMYY. The
 * modulus-11 check is not applied: numbers issued since 2007 need not pass it. The century digit
 * (the 7th) is not used either, so 29 February counts as a date in every year divisible by four:
 * when in doubt the value is refused.
 * <p>
 * Before the search the text is normalised, so formatting cannot hide a number (decision 0013):
 * Unicode NFKC (full-width digits and other compatibility forms), then every decimal digit of any
 * script counts as its ASCII digit ({@link Character#digit(int, int)}, e.g. Arabic-Indic),
 * every dash and minus, every space (no-break, thin, figure, tab, line break), the dot and the
 * slash are separators, and invisible format characters (zero-width space, soft hyphen, word joiner) are
 * ignored. Digits separated by at most {@value #MAX_SEPARATOR_RUN} separators form one chain of
 * digit groups. A CPR-like number is ten digits of a chain that are either one group on their own
 * ({@code 0101901234}, standing alone, not part of a longer run) or whole groups whose last four
 * digits are whole groups too ({@code 010190-1234}, {@code 010190 – 1234}, {@code 01.01.90-1234},
 * {@code 01 01 90 12 34}). That last rule keeps ordinary values out: a date with a time
 * ({@code 01.01.2026 10:00}), an amount ({@code 3.112.991.234}) or a phone number ({@code +45 12 34 56 78},
 * whose day would be 45) is not a CPR number.
 */
public final class CprNumbers {

    /** What is shown, logged or stored instead of a text that holds a CPR-like number. */
    public static final String HIDDEN = "***";

    /** Separators between two digit groups, e.g. {@code " - "}; a longer gap ends the chain. */
    static final int MAX_SEPARATOR_RUN = 3;

    private static final long TEN_DIGITS = 10_000_000_000L;

    private CprNumbers() {
    }

    public static boolean containsCprNumber(CharSequence text) {
        return text != null && containsCprNumber(CharBuffer.wrap(text));
    }

    /** The characters {@code from} (inclusive) to {@code to} (exclusive), searched without copying when they are ASCII. */
    public static boolean containsCprNumber(char[] chars, int from, int to) {
        int digits = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c >= 0x80) {
                return containsCprNumber(CharBuffer.wrap(chars, from, to - from));
            }
            if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        // most fields of a monthly file (codes, dates, counts) are settled here
        if (digits < 10) {
            return false;
        }
        Chain chain = new Chain();
        for (int i = from; i < to; i++) {
            if (chain.accept(chars[i])) {
                return true;
            }
        }
        return chain.end();
    }

    /** The text itself, or {@value #HIDDEN} when it holds a CPR-like number: for anything shown, logged or stored. */
    public static String hidden(String text) {
        return containsCprNumber(text) ? HIDDEN : text;
    }

    private static boolean containsCprNumber(CharBuffer text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC);
        Chain chain = new Chain();
        for (int i = 0; i < normalised.length(); ) {
            int codePoint = normalised.codePointAt(i);
            i += Character.charCount(codePoint);
            if (chain.accept(codePoint)) {
                return true;
            }
        }
        return chain.end();
    }

    /** -1 for a character that is not a digit of any script. */
    static int digit(int codePoint) {
        if (codePoint >= '0' && codePoint <= '9') {
            return codePoint - '0';
        }
        if (codePoint < 0x80) {
            return -1;
        }
        int digit = Character.digit(codePoint, 10);
        if (digit >= 0) {
            return digit;
        }
        // digits NFKC leaves alone and Character.digit does not know, e.g. the dingbat ❶
        if (Character.getType(codePoint) == Character.OTHER_NUMBER) {
            int value = Character.getNumericValue(codePoint);
            return value >= 0 && value <= 9 ? value : -1;
        }
        return -1;
    }

    static boolean isSeparator(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint == ' ' || codePoint == '-' || codePoint == '.' || codePoint == '/' || codePoint == '\t'
                    || codePoint == '\n' || codePoint == '\r';
        }
        return Character.isSpaceChar(codePoint) || Character.isWhitespace(codePoint)
                || Character.getType(codePoint) == Character.DASH_PUNCTUATION
                // minus signs are math symbols, not dashes
                || codePoint == '\u2212' || codePoint == '\u2796' || codePoint == '\u207B' || codePoint == '\u208B'
                || codePoint == '\uFE63' || codePoint == '\uFF0D'
                || codePoint == '\u00B7' || codePoint == '\u2024' || codePoint == '\u2027' || codePoint == '\uFF0E';
    }

    /** Zero-width space, soft hyphen, word joiner, byte-order mark and the like: as if not there. */
    static boolean isInvisible(int codePoint) {
        return codePoint >= 0x80 && Character.getType(codePoint) == Character.FORMAT;
    }

    /**
     * The chain of digit groups read so far: the last ten digits as a number, and the lengths of
     * the last groups (4 bits each, at most 15, the newest lowest), enough to decide every
     * ten-digit window that ends where a group ends.
     */
    private static final class Chain {

        private long lastDigits;
        private long groups;
        private int groupCount;
        private int current;
        private int separators;

        /** True as soon as a CPR-like number has been read. */
        boolean accept(int codePoint) {
            int digit = digit(codePoint);
            if (digit >= 0) {
                if (current == 0) {
                    separators = 0;
                }
                lastDigits = (lastDigits * 10 + digit) % TEN_DIGITS;
                current++;
                return false;
            }
            if (isInvisible(codePoint)) {
                return false;
            }
            if (isSeparator(codePoint)) {
                boolean found = current > 0 && endGroup();
                if (groupCount > 0 && ++separators > MAX_SEPARATOR_RUN) {
                    reset();
                }
                return found;
            }
            boolean found = end();
            reset();
            return found;
        }

        /** Ends the text (or the chain): true when the last group completes a CPR-like number. */
        boolean end() {
            return current > 0 && endGroup();
        }

        private boolean endGroup() {
            int length = current;
            current = 0;
            boolean found = length == 10 ? isDate(lastDigits) : length < 10 && windowEndingHere(length);
            groups = (groups << 4) | Math.min(length, 15);
            groupCount = Math.min(groupCount + 1, 10);
            separators = 0;
            return found;
        }

        /** Whether whole groups ending with one of {@code length} digits make ten digits, the last four whole groups too. */
        private boolean windowEndingHere(int length) {
            int digits = length;
            boolean serialIsWhole = digits == 4;
            for (int i = 0; i < groupCount && digits < 10; i++) {
                digits += (int) ((groups >>> (4 * i)) & 0xF);
                serialIsWhole |= digits == 4;
            }
            return digits == 10 && serialIsWhole && isDate(lastDigits);
        }

        private void reset() {
            lastDigits = 0;
            groups = 0;
            groupCount = 0;
            current = 0;
            separators = 0;
        }
    }

    /** Whether the first six of ten digits are a date DDMMYY. */
    private static boolean isDate(long tenDigits) {
        int ddmmyy = (int) (tenDigits / 10_000);
        int day = ddmmyy / 10_000;
        int month = ddmmyy / 100 % 100;
        int year = ddmmyy % 100;
        return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month, year);
    }

    private static int daysIn(int month, int twoDigitYear) {
        return switch (month) {
            case 2 -> twoDigitYear % 4 == 0 ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
