package dk.samspil.importing.file;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each of a kind's columns stands in a file's header. Names are matched case-insensitively,
 * without surrounding spaces, in English or Danish ({@link Names#fold}); order does not matter.
 * A missing required column or a column given twice makes the header unusable; an unknown column
 * is a warning, or an error in strict mode.
 */
final class HeaderMap {

    private static final int MAX_LABEL_LENGTH = 64;

    private final int[] positions;
    private final String[] labels;
    private final boolean usable;

    private HeaderMap(int[] positions, String[] labels, boolean usable) {
        this.positions = positions;
        this.labels = labels;
        this.usable = usable;
    }

    static HeaderMap read(DelimitedFileReader header, List<Column> columns, ImportMode mode, ReportCollector report) {
        Map<String, Column> byName = new HashMap<>();
        columns.forEach(column -> {
            byName.put(Names.fold(column.english()), column);
            byName.put(Names.fold(column.danish()), column);
        });
        int[] positions = new int[columns.size()];
        Arrays.fill(positions, -1);
        String[] labels = new String[header.fieldCount()];
        boolean usable = true;
        long line = header.line();
        for (int i = 0; i < labels.length; i++) {
            labels[i] = label(header, i);
            Column column = header.fieldContainsCprNumber(i) ? null : byName.get(Names.fold(header.field(i)));
            if (column == null && mode == ImportMode.STRICT) {
                report.headerError(RowError.of(line, labels[i], "import.error.unknown-column", labels[i]));
                usable = false;
            } else if (column == null) {
                report.warning(RowError.of(line, labels[i], "import.warning.unknown-column", labels[i]));
            } else if (positions[column.index()] >= 0) {
                report.headerError(RowError.of(line, labels[i], "import.error.duplicate-column", labels[i]));
                usable = false;
            } else {
                positions[column.index()] = i;
            }
        }
        for (Column column : columns) {
            if (column.required() && positions[column.index()] < 0) {
                report.headerError(RowError.of(line, column.english(), "import.error.missing-column",
                        column.english(), column.danish()));
                usable = false;
            }
        }
        return new HeaderMap(positions, labels, usable);
    }

    /** The column's name as the file writes it, or its number where that name cannot be shown. */
    private static String label(DelimitedFileReader header, int i) {
        String name = header.fieldContainsCprNumber(i) ? "" : header.field(i).strip();
        return name.isEmpty() || name.length() > MAX_LABEL_LENGTH ? "#" + (i + 1) : name;
    }

    /** The column's position in a record, or -1 when the file does not have it. */
    int position(Column column) {
        return positions[column.index()];
    }

    /** How to name the column in an error: as the file does, or by its English name if absent. */
    String label(Column column) {
        int position = positions[column.index()];
        return position < 0 ? column.english() : labels[position];
    }

    String label(int position) {
        return position < labels.length ? labels[position] : "#" + (position + 1);
    }

    int width() {
        return labels.length;
    }

    /** Whether rows can be validated: every required column present, none twice, none unknown in strict mode. */
    boolean usable() {
        return usable;
    }
}
