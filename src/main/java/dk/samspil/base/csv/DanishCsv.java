package dk.samspil.base.csv;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * CSV as Danish Excel opens it: a byte-order mark, semicolons, CRLF, and quotes where needed.
 * A text cell beginning with =, +, - or @ is neutralised with a leading apostrophe so a
 * spreadsheet never runs it as a formula (CSV injection); plain numbers stay numbers.
 */
public final class DanishCsv {

    private static final String BOM = "\uFEFF";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    private DanishCsv() {
    }

    public static String of(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(BOM).append(line(header));
        rows.forEach(row -> csv.append(line(row)));
        return csv.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(DanishCsv::cell).collect(Collectors.joining(";")) + "\r\n";
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !NUMBER.matcher(value).matches()
                ? "'" + value : value;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
