package dk.samspil.importing.file;

import dk.samspil.base.privacy.CprNumbers;

/**
 * The import's two CPR rules: a CPR-like value anywhere rejects the file ({@link CprNumbers}, over
 * normalised text: docs/import-formats.md, "CPR numbers"), and a case reference may not even have
 * the shape the database refuses.
 */
final class CprDetector {

    private CprDetector() {
    }

    static boolean containsCprNumber(String text) {
        return CprNumbers.containsCprNumber(text);
    }

    static boolean containsCprNumber(char[] chars, int from, int to) {
        return CprNumbers.containsCprNumber(chars, from, to);
    }

    /**
     * The shape the database refuses in a case reference ({@code ck_case_ref_not_cpr}: six digits,
     * an optional dash, four digits, anywhere), whether or not the digits make a date.
     */
    static boolean hasCprShape(String text) {
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

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
