package dk.samspil.base.csv;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * CSV as Danish Excel opens it: a byte-order mark, semicolons, CRLF, and quotes where needed; or,
 * for a reader of the English UI, as English Excel opens it: commas between cells (its numbers have
 * a decimal point, so a comma is free). Dates follow the same reader: 04-12-2026 or 2026-12-04.
 * A text cell beginning with =, +, - or @ is neutralised with a leading apostrophe so a
 * spreadsheet never runs it as a formula (CSV injection); plain numbers stay numbers.
 */
public final class DanishCsv {

    private static final String BOM = "\uFEFF";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DANISH_DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");
    private static final DateTimeFormatter ISO_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private DanishCsv() {
    }

    /** The Danish variant, whatever the reader's language. */
    public static String of(List<String> header, List<List<String>> rows) {
        return of(Locale.forLanguageTag("da-DK"), header, rows);
    }

    /** The variant for the reader's language: Danish for Danish, English (commas) for any other. */
    public static String of(Locale locale, List<String> header, List<List<String>> rows) {
        String separator = separator(locale);
        StringBuilder csv = new StringBuilder(BOM).append(line(header, separator));
        rows.forEach(row -> csv.append(line(row, separator)));
        return csv.toString();
    }

    /** A date as the reader's spreadsheet reads one: dd-mm-åååå in Danish, ISO in English. */
    public static DateTimeFormatter date(Locale locale) {
        return danish(locale) ? DANISH_DATE : DateTimeFormatter.ISO_LOCAL_DATE;
    }

    /** A time to the second as the reader's spreadsheet reads one: dd-mm-åååå tt:mm:ss, or ISO with a space. */
    public static DateTimeFormatter dateTime(Locale locale) {
        return danish(locale) ? DANISH_DATE_TIME : ISO_DATE_TIME;
    }

    static String separator(Locale locale) {
        return danish(locale) ? ";" : ",";
    }

    private static boolean danish(Locale locale) {
        return "da".equals(locale.getLanguage());
    }

    private static String line(List<String> cells, String separator) {
        return cells.stream().map(cell -> cell(cell, separator)).collect(Collectors.joining(separator)) + "\r\n";
    }

    static String cell(String value) {
        return cell(value, ";");
    }

    static String cell(String value, String separator) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !NUMBER.matcher(value).matches()
                ? "'" + value : value;
        if (safe.contains(separator) || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
