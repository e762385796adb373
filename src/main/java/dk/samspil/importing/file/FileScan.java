package dk.samspil.importing.file;

import java.io.IOException;
import java.time.LocalDate;

/**
 * One pass over a file: the header mapped, then row by row the CPR search (every field, known
 * column or not), the field count, and the kind's checks. Pulls: each call to {@link #nextValid()}
 * reads on to the next valid row, reporting the invalid ones it passes to the collector.
 */
final class FileScan implements AutoCloseable {

    private final DelimitedFileReader reader;
    private final ReportCollector report;
    private final LineParser<? extends ImportLine> parser;
    private final References references;
    private final HeaderMap header;
    private final RowReader row;
    private final boolean forWriting;
    private final DuplicateKeys duplicates = new DuplicateKeys();

    /**
     * @param forWriting stop with an {@link ImportFileException} at anything that rejects the whole
     *                   file (an unusable header, a CPR-like value) instead of reporting it and going on
     */
    FileScan(ByteSource source, int maxRecordChars, Settings settings, ReportCollector report, boolean forWriting)
            throws IOException {
        this.reader = DelimitedFileReader.open(source, maxRecordChars);
        try {
            this.report = report;
            this.forWriting = forWriting;
            this.parser = LineParser.of(settings.kind());
            this.references = new References(settings.references());
            report.opened(reader);
            this.header = readHeader(settings.mode());
            this.row = new RowReader(reader, header, settings.today(), settings.period());
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** What a pass needs besides the file. */
    record Settings(FileKind kind, ImportMode mode, LocalDate today, ImportPeriod period, ReferenceCheck references) {
    }

    private HeaderMap readHeader(ImportMode mode) throws IOException {
        boolean found = reader.next();
        while (found && reader.blank()) {
            found = reader.next();
        }
        if (!found) {
            throw new ImportFileException(RowError.ofFile("import.error.empty-file"));
        }
        HeaderMap map = HeaderMap.read(reader, parser.columns(), mode, report);
        RowReader headerRow = new RowReader(reader, map, LocalDate.MIN, null);
        headerRow.start(reader.line());
        if (searchCpr(headerRow)) {
            report.cprInHeader(headerRow.errors());
        }
        long mismatched = reader.mismatchedLine();
        if (mismatched > 0) {
            report.headerError(RowError.of(mismatched, "", "import.error.wrong-encoding",
                    encodingName(reader.charset()), encodingName(reader.otherCharset())));
        }
        if (forWriting && (!map.usable() || report.cprFound())) {
            throw new ImportFileException(report.firstError());
        }
        return map;
    }

    /** The next valid row's line, or null at the end of the file. */
    ImportLine nextValid() throws IOException {
        while (reader.next()) {
            if (reader.blank()) {
                continue;
            }
            row.start(reader.line());
            ImportLine line = check();
            if (line != null && firstDelivery(line)) {
                report.validRow(line.municipalityCode());
                return line;
            }
            if (row.valid()) {
                report.uncheckedRow();
            } else if (forWriting && report.cprFound()) {
                throw new ImportFileException(row.errors().getFirst());
            } else {
                report.invalidRow(row.errors());
            }
        }
        report.readToEnd();
        return null;
    }

    long line() {
        return reader.line();
    }

    /** Whether no earlier line of the file delivered the same key; a repeat is an error of its own row. */
    private boolean firstDelivery(ImportLine line) {
        long first = duplicates.firstLine(parser.keyHash(line), reader.line());
        if (first == 0) {
            return true;
        }
        LineParser.UniqueKey key = parser.uniqueKey(line);
        row.error(key.column(), "import.error.duplicate-key", key.shown(), String.valueOf(first));
        return false;
    }

    private ImportLine check() {
        if (searchCpr(row)) {
            report.cprInRow();
            return null;
        }
        long mismatched = reader.mismatchedLine();
        if (mismatched > 0) {
            row.errorOnLine(mismatched, "import.error.wrong-encoding", encodingName(reader.charset()),
                    encodingName(reader.otherCharset()));
            return null;
        }
        if (reader.fieldCount() != header.width()) {
            row.error(-1, "import.error.wrong-field-count", String.valueOf(header.width()),
                    String.valueOf(reader.fieldCount()), String.valueOf(reader.delimiter()));
            return null;
        }
        for (int i = 0; i < reader.fieldCount(); i++) {
            if (reader.fieldMalformed(i)) {
                row.error(i, "import.error.text-after-quote", header.label(i));
            }
        }
        return row.valid() && header.usable() ? parser.parse(row, references) : null;
    }

    private static String encodingName(java.nio.charset.Charset charset) {
        return charset.equals(java.nio.charset.StandardCharsets.UTF_8) ? "UTF-8" : "Windows-1252";
    }

    /** Reports each field with a CPR-like value by line and column only. */
    private boolean searchCpr(RowReader target) {
        boolean found = false;
        for (int i = 0; i < reader.fieldCount(); i++) {
            if (reader.fieldContainsCprNumber(i)) {
                target.error(i, "import.error.cpr-number");
                found = true;
            }
        }
        return found;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
