package dk.samspil.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Generated CPR-like values, written every way a person, Excel or another system might write
 * them: each separator and dash, no separator, grouped as DDMMYY-SSSS, DD MM YY SSSS and
 * DD MM YY SS SS, in ASCII, full-width, Arabic-Indic and other digits, with text around them.
 * The same variants of dates that do not exist must not be taken for CPR numbers.
 */
public final class CprCorpus {

    /** DDMMYY that are dates (29 February in a year divisible by four included). */
    public static final List<String> VALID_DATES = List.of("010190", "311299", "290200", "280201", "300485", "150607",
            "311237", "291296", "010158", "310826");
    /** DDMMYY that look like dates but are not. */
    public static final List<String> INVALID_DATES = List.of("320190", "000190", "310490", "290201", "011390", "010090",
            "300200", "311199", "290299", "990101");
    /** Serial parts unlikely to meet anything else in a database or a log. */
    private static final List<String> SERIALS = List.of("4821", "7365", "9043", "5178", "6290", "8417", "3956", "7082",
            "4639", "8751");

    public static final List<String> SEPARATORS = List.of("", "-", " ", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014",
            "\u2015", "\u2212", "\uFE63", "\uFF0D", "\u00A0", "\u2009", "\u202F", "\u2007", ".", " - ", " \u2013 ", "/",
            "\u200B", "\u00AD", "\u00A0-\u00A0", "\t");

    /** The first code point of each script's zero, ASCII first. */
    public static final List<Integer> ZEROS = List.of((int) '0', 0xFF10, 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50,
            0x1D7CE, 0x1D7EC);

    public static final List<String> SURROUNDINGS = List.of("%s", "borger %s", "(%s)", "cpr: %s.", "%s ringede",
            "R%s", "tlf %s i går");

    private CprCorpus() {
    }

    /** The ten ASCII digits of every CPR-like number the corpus writes, for looking for them anywhere. */
    public static List<String> validNumbers() {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < VALID_DATES.size(); i++) {
            numbers.add(VALID_DATES.get(i) + SERIALS.get(i));
        }
        return numbers;
    }

    public static List<String> validVariants() {
        return variants(VALID_DATES);
    }

    public static List<String> invalidVariants() {
        return variants(INVALID_DATES);
    }

    /** A smaller set in which every separator, script, grouping and surrounding still occurs, for whole files. */
    public static List<String> validSample() {
        return sample(VALID_DATES);
    }

    public static List<String> invalidSample() {
        return sample(INVALID_DATES);
    }

    private static List<String> variants(List<String> dates) {
        Set<String> all = new LinkedHashSet<>();
        for (int d = 0; d < dates.size(); d++) {
            for (String separator : SEPARATORS) {
                for (int grouping = 0; grouping < 3; grouping++) {
                    for (int zero : ZEROS) {
                        for (String around : SURROUNDINGS) {
                            all.add(around.formatted(write(dates.get(d), SERIALS.get(d), grouping, separator, zero)));
                        }
                    }
                }
            }
        }
        return List.copyOf(all);
    }

    private static List<String> sample(List<String> dates) {
        Set<String> sample = new LinkedHashSet<>();
        int n = 0;
        for (String separator : SEPARATORS) {
            for (int zero : ZEROS) {
                for (int grouping = 0; grouping < 3; grouping++) {
                    int d = n % dates.size();
                    String around = SURROUNDINGS.get(n % SURROUNDINGS.size());
                    sample.add(around.formatted(write(dates.get(d), SERIALS.get(d), grouping, separator, zero)));
                    n++;
                }
            }
        }
        return List.copyOf(sample);
    }

    /** DDMMYY-SSSS (grouping 0), DD-MM-YY-SSSS (1) or DD-MM-YY-SS-SS (2), each dash the separator. */
    static String write(String date, String serial, int grouping, String separator, int zero) {
        String dd = date.substring(0, 2);
        String mm = date.substring(2, 4);
        String yy = date.substring(4, 6);
        String text = switch (grouping) {
            case 0 -> date + separator + serial;
            case 1 -> String.join(separator, dd, mm, yy, serial);
            default -> String.join(separator, dd, mm, yy, serial.substring(0, 2), serial.substring(2));
        };
        return digits(text, zero);
    }

    /** The text with its ASCII digits written in the script whose zero is given. */
    public static String digits(String text, int zero) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c >= '0' && c <= '9') {
                out.appendCodePoint(zero + c - '0');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * Ordinary values of the import files and of notes that are not CPR numbers: phone numbers,
     * dates, amounts, the samples' references, and digits that fall short of or run past ten.
     */
    public static final List<String> ORDINARY = List.of("+45 12 34 56 78", "12345678", "+4512345678", "0045 12345678",
            "tlf. 12 34 56 78", "+45 31 12 99 48", "45 31 12 99 48", "01-01-2026", "2026-01-01", "01.01.2026", "01/01/2026",
            "1.1.2026", "07-10-2026", "2026-10-07", "01.01.2026 10:00", "møde 01-01-2026 12:30", "2026-01-01 10:30:00",
            "1.234,50", "12.345,00 kr", "1 234 567", "1.000.000", "3.112.991.234", "kr. 31.129.912,34", "1.234.567.890",
            "ODE-0001", "M-461-00001", "FAN-0002", "R-461-0001", "461", "2026-Q3", "2026K3", "01019012345",
            "0101901234567", "010190-12345", "01019-01234", "0101901", "2026-10", "okt 2026", "E1", "3,5",
            "CVR 12345678", "EAN 5798000000000", "reg. 1234 konto 1234567890",
            "IBAN DK50 0040 0440 1162 43");

    public static List<String> ordinary() {
        List<String> all = new ArrayList<>(ORDINARY);
        for (int zero : ZEROS) {
            ORDINARY.forEach(value -> all.add(digits(value, zero)));
        }
        return List.copyOf(new LinkedHashSet<>(all));
    }
}
