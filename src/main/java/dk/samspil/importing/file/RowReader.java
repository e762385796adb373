package dk.samspil.importing.file;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads one row's values by column and collects what is wrong with them, so a line parser reads
 * like the contract's table. Each typed getter returns null when the value is missing or invalid,
 * having recorded the error (a missing required value is one); errors are values, not exceptions.
 * Messages name the column as the file does and quote the value, except where it could be personal
 * (references that look like CPR numbers are never quoted).
 */
final class RowReader {

    private final DelimitedFileReader reader;
    private final HeaderMap header;
    private final LocalDate today;
    private final ImportPeriod period;
    private final SectorReader sectors;
    private final List<RowError> errors = new ArrayList<>();
    private long line;

    RowReader(DelimitedFileReader reader, HeaderMap header, LocalDate today, ImportPeriod period) {
        this.reader = reader;
        this.header = header;
        this.today = today;
        this.period = period;
        this.sectors = new SectorReader(this);
    }

    void start(long line) {
        errors.clear();
        this.line = line;
    }

    boolean valid() {
        return errors.isEmpty();
    }

    List<RowError> errors() {
        return errors;
    }

    LocalDate today() {
        return today;
    }

    /** The file's period, or null when the validation was not given one. */
    ImportPeriod period() {
        return period;
    }

    /** The value as written, spaces stripped; null when empty or the column is absent. */
    String raw(Column column) {
        int position = header.position(column);
        if (position < 0) {
            return null;
        }
        String value = reader.field(position).strip();
        return value.isEmpty() ? null : value;
    }

    private String value(Column column) {
        String value = raw(column);
        if (value == null && column.required()) {
            error(column, "import.error.required");
        }
        return value;
    }

    String text(Column column, int maxLength) {
        String value = value(column);
        if (value != null && value.length() > maxLength) {
            error(column, "import.error.too-long", String.valueOf(maxLength));
            return null;
        }
        return value;
    }

    /** A pseudonymous reference: text that must not have the shape of a CPR number. */
    String reference(Column column, int maxLength) {
        String value = text(column, maxLength);
        if (value != null && CprDetector.hasCprShape(value)) {
            error(column, "import.error.reference-like-cpr");
            return null;
        }
        return value;
    }

    Integer integer(Column column, int min, int max) {
        String value = value(column);
        if (value == null) {
            return null;
        }
        Integer number = Numbers.parseInt(value);
        if (number == null) {
            error(column, "import.error.not-a-number", value);
        } else if (number < min || number > max) {
            error(column, "import.error.out-of-range", value, String.valueOf(min), String.valueOf(max));
            return null;
        }
        return number;
    }

    /** A decimal within min..max with at most {@code scale} decimals, returned at that scale. */
    BigDecimal decimal(Column column, int min, int max, int scale) {
        String value = value(column);
        BigDecimal number = value == null ? null : Numbers.parseDecimal(value);
        if (value != null && number == null) {
            error(column, "import.error.not-a-decimal", value);
        } else if (number != null && (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0)) {
            error(column, "import.error.out-of-range", value, String.valueOf(min), String.valueOf(max));
            return null;
        } else if (number != null && number.stripTrailingZeros().scale() > scale) {
            error(column, "import.error.too-many-decimals", value, String.valueOf(scale));
            return null;
        }
        return number == null ? null : number.setScale(scale, RoundingMode.UNNECESSARY);
    }

    LocalDate date(Column column) {
        return parsed(column, Dates::parse, "import.error.not-a-date");
    }

    YearMonth month(Column column) {
        return parsed(column, Months::parse, "import.error.not-a-month");
    }

    YearQuarter quarter(Column column) {
        return parsed(column, YearQuarter::parse, "import.error.not-a-quarter");
    }

    Boolean bool(Column column) {
        return parsed(column, Booleans::parse, "import.error.not-a-boolean", Booleans.allowed());
    }

    <E extends Enum<E>> E code(Column column, CodeTable<E> table) {
        return parsed(column, table::parse, "import.error.unknown-code", table.allowed());
    }

    /** The value read by the parser (which answers null for text it cannot read), or null and an error. */
    private <T> T parsed(Column column, Function<String, T> parser, String key, String... allowed) {
        String value = value(column);
        T parsed = value == null ? null : parser.apply(value);
        if (value != null && parsed == null) {
            String[] arguments = new String[allowed.length + 1];
            arguments[0] = value;
            System.arraycopy(allowed, 0, arguments, 1, allowed.length);
            error(column, key, arguments);
        }
        return parsed;
    }

    /** Checks that a row's month lies in the file's period, when one was given. */
    void inPeriod(Column column, YearMonth month, String shown) {
        if (period != null && month != null && !period.contains(month)) {
            error(column, "import.error.outside-period", shown, period.toString());
        }
    }

    SectorReader sectors() {
        return sectors;
    }

    /** Records an error in the column; the arguments follow the column's name. */
    void error(Column column, String key, String... arguments) {
        String label = header.label(column);
        List<String> all = new ArrayList<>(arguments.length + 1);
        all.add(label);
        all.addAll(List.of(arguments));
        errors.add(new RowError(line, label, key, all));
    }

    /** Records an error of one line of the row (a row spans several when a quoted field holds a line break). */
    void errorOnLine(long onLine, String key, String... arguments) {
        errors.add(RowError.of(onLine, "", key, arguments));
    }

    /** Records an error of the row as a whole, or of the field at a position. */
    void error(int position, String key, String... arguments) {
        String label = position < 0 ? "" : header.label(position);
        errors.add(RowError.of(line, label, key, arguments));
    }
}
