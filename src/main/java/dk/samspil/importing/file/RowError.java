package dk.samspil.importing.file;

import java.util.List;
import java.util.Objects;

/**
 * One problem with a file, as a value the Imports page shows and translates: the line it is on
 * (1 = the header, 0 = the file as a whole), the column as the file names it (empty when the
 * problem is not in one column), a message key of the UI's resource bundles, and the key's
 * arguments. The arguments never carry a CPR-like value: any that looks like one is replaced by
 * {@value #HIDDEN}, and long values are cut, so a report can be shown, logged and stored as is.
 */
public record RowError(long line, String column, String reasonKey, List<String> arguments) {

    static final String HIDDEN = "***";
    private static final int MAX_ARGUMENT_LENGTH = 80;

    public RowError {
        column = safe(Objects.requireNonNull(column, "column"));
        Objects.requireNonNull(reasonKey, "reasonKey");
        arguments = arguments.stream().map(RowError::safe).toList();
    }

    static RowError of(long line, String column, String reasonKey, String... arguments) {
        return new RowError(line, column, reasonKey, List.of(arguments));
    }

    static RowError ofFile(String reasonKey, String... arguments) {
        return of(0, "", reasonKey, arguments);
    }

    private static String safe(String value) {
        if (value == null) {
            return "";
        }
        if (CprDetector.containsCprNumber(value)) {
            return HIDDEN;
        }
        return value.length() <= MAX_ARGUMENT_LENGTH ? value : value.substring(0, MAX_ARGUMENT_LENGTH) + "…";
    }
}
