package dk.samspil.base.cpr;

/**
 * Finds CPR-like numbers (docs/import-formats.md, "CPR numbers"): ten digits, or six digits, a dash and four
 * digits, standing on their own (not part of a longer run of digits), whose first six digits are a
 * valid date DDMMYY. The modulus-11 check is not applied: numbers issued since 2007 need not pass it.
 * Searches inside a text too, so a CPR number in a free-text note is found. Shared: the importer
 * rejects files with it, sign-in masks an attempted user name with it.
 */
public final class CprDetector {

    private CprDetector() {
    }

    public static boolean containsCprNumber(String text) {
        return text.length() >= 10 && containsCprNumber(text.toCharArray(), 0, text.length());
    }

    public static boolean containsCprNumber(char[] chars, int from, int to) {
        int i = from;
        while (i <= to - 10) {
            if (!isDigit(chars[i])) {
                i++;
                continue;
            }
            int run = i;
            while (i < to && isDigit(chars[i])) {
                i++;
            }
            int length = i - run;
            if (length == 10 && isDate(chars, run)) {
                return true;
            }
            if (length == 6 && i + 5 <= to && chars[i] == '-' && digitRun(chars, i + 1, to) == 4 && isDate(chars, run)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The shape the database refuses in a case reference ({@code ck_case_ref_not_cpr}: six digits,
     * an optional dash, four digits, anywhere), whether or not the digits make a date.
     */
    public static boolean hasCprShape(String text) {
        int n = text.length();
        for (int i = 0; i + 10 <= n; i++) {
            int six = 0;
            while (six < 6 && isDigit(text.charAt(i + six))) {
                six++;
            }
            if (six == 6) {
                int next = i + 6 < n && text.charAt(i + 6) == '-' ? i + 7 : i + 6;
                int four = 0;
                while (four < 4 && next + four < n && isDigit(text.charAt(next + four))) {
                    four++;
                }
                if (four == 4) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int digitRun(char[] chars, int from, int to) {
        int i = from;
        while (i < to && isDigit(chars[i])) {
            i++;
        }
        return i - from;
    }

    private static boolean isDate(char[] c, int at) {
        int day = (c[at] - '0') * 10 + c[at + 1] - '0';
        int month = (c[at + 2] - '0') * 10 + c[at + 3] - '0';
        int year = (c[at + 4] - '0') * 10 + c[at + 5] - '0';
        return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month, year);
    }

    private static int daysIn(int month, int twoDigitYear) {
        return switch (month) {
            case 2 -> twoDigitYear % 4 == 0 ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
