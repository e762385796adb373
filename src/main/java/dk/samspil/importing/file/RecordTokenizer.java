package dk.samspil.importing.file;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Splits decoded text into records (RFC 4180 as Excel writes it): fields quoted with {@code "},
 * quotes inside doubled, line breaks inside quotes, CRLF or LF. A record is kept whole in one
 * buffer, which grows to at most the record limit: a longer record is refused, never buffered.
 * Fields are offsets into that buffer until asked for, so a field no one reads costs no string.
 */
final class RecordTokenizer {

    private static final int CHUNK = 64 * 1024;
    private static final int ESCAPED_QUOTES = 1;
    private static final int CARRIAGE_RETURN = 2;
    private static final int TEXT_AFTER_QUOTE = 4;

    private final Reader reader;
    private final int maxRecordChars;
    private char delimiter = ',';
    private char[] buffer = new char[2 * CHUNK];
    private int pos;
    private int limit;
    private long line = 1;
    private int recordStart;
    private long recordLine;
    private long recordEndLine;
    private int count;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private int[] flags = new int[32];

    RecordTokenizer(Reader reader, int maxRecordChars) {
        this.reader = reader;
        this.maxRecordChars = maxRecordChars;
    }

    /**
     * Chooses {@code ;} or {@code ,}, whichever the first line that has either uses more (outside
     * quotes), looking at most at the first {@value #CHUNK} characters; {@code ,} when none has.
     */
    char detectDelimiter() throws IOException {
        if (excelSeparatorLine()) {
            return delimiter;
        }
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        int scanLimit = Math.min(CHUNK, maxRecordChars);
        int i = pos;
        while (i < scanLimit && (i < limit || fill())) {
            char c = buffer[i++];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && (c == '\n' || c == '\r') && semicolons + commas > 0) {
                break;
            }
        }
        delimiter = semicolons > commas ? ';' : ',';
        return delimiter;
    }

    /**
     * Excel's {@code sep=;} first line (written by "CSV" exports meant for Excel elsewhere, and by
     * Excel itself when asked): names the delimiter and is no header. Read and skipped; the header
     * is then line 2, as the file's own lines count.
     */
    private boolean excelSeparatorLine() throws IOException {
        while (limit - pos < 8 && fill()) {
            // enough text for the shortest form
        }
        int i = pos;
        boolean quoted = i < limit && buffer[i] == '"';
        if (quoted) {
            i++;
        }
        if (limit - i < 5 || !String.valueOf(buffer, i, 4).equalsIgnoreCase("sep=")) {
            return false;
        }
        char separator = buffer[i + 4];
        i += 5;
        if (quoted) {
            if (i >= limit || buffer[i] != '"') {
                return false;
            }
            i++;
        }
        while (i < limit && buffer[i] == separator) {
            i++; // Excel pads the line with the delimiter up to the header's width
        }
        boolean lineEnds = i == limit || buffer[i] == '\n' || buffer[i] == '\r';
        if (!lineEnds || (separator != ';' && separator != ',' && separator != '\t')) {
            return false;
        }
        if (i < limit && buffer[i] == '\r') {
            i++;
        }
        if (i < limit && buffer[i] == '\n') {
            i++;
        }
        pos = i;
        line++;
        delimiter = separator;
        return true;
    }

    /** Reads the next record; false at the end of the text. */
    boolean next() throws IOException {
        count = 0;
        recordStart = pos;
        recordLine = line;
        if (!more()) {
            return false;
        }
        while (true) {
            if (more() && buffer[pos] == '"') {
                quotedField();
            } else {
                plainField();
            }
            if (!more()) {
                recordEndLine = line;
                return withinLimit();
            }
            char c = buffer[pos++];
            if (c == delimiter) {
                continue;
            }
            if (c == '\r' && more() && buffer[pos] == '\n') {
                pos++;
            }
            recordEndLine = line;
            line++;
            return withinLimit();
        }
    }

    /** A record that fitted in text already read is measured here; one that did not, in {@link #fill()}. */
    private boolean withinLimit() {
        if (pos - recordStart > maxRecordChars) {
            throw tooLong();
        }
        return true;
    }

    private ImportFileException tooLong() {
        return new ImportFileException(RowError.of(recordLine, "", "import.error.row-too-long",
                TextSniffer.megabytes(maxRecordChars)));
    }

    private void plainField() throws IOException {
        int start = pos - recordStart;
        scanToTerminator();
        addField(start, pos - recordStart, 0);
    }

    private void scanToTerminator() throws IOException {
        do {
            while (pos < limit) {
                char c = buffer[pos];
                if (c == delimiter || c == '\n' || c == '\r') {
                    return;
                }
                pos++;
            }
        } while (fill());
    }

    private void quotedField() throws IOException {
        long openedOn = line;
        int opening = pos - recordStart;
        int fieldFlags = 0;
        pos++;
        while (true) {
            if (!more()) {
                throw new ImportFileException(RowError.of(openedOn, "", "import.error.unclosed-quote"));
            }
            char c = buffer[pos++];
            if (c == '"') {
                if (more() && buffer[pos] == '"') {
                    fieldFlags |= ESCAPED_QUOTES;
                    pos++;
                    continue;
                }
                break;
            }
            if (c == '\n') {
                line++;
            } else if (c == '\r') {
                fieldFlags |= CARRIAGE_RETURN;
                if (!more() || buffer[pos] != '\n') {
                    line++;
                }
            }
        }
        int closing = pos - 1 - recordStart;
        if (more() && buffer[pos] != delimiter && buffer[pos] != '\n' && buffer[pos] != '\r') {
            scanToTerminator();
            addField(opening, pos - recordStart, TEXT_AFTER_QUOTE);
        } else {
            addField(opening + 1, closing, fieldFlags);
        }
    }

    private boolean more() throws IOException {
        return pos < limit || fill();
    }

    /** Reads more text, first moving the record begun so far to the buffer's start. */
    private boolean fill() throws IOException {
        int kept = limit - recordStart;
        if (kept >= maxRecordChars) {
            throw tooLong();
        }
        if (recordStart > 0) {
            System.arraycopy(buffer, recordStart, buffer, 0, kept);
            pos -= recordStart;
            limit = kept;
            recordStart = 0;
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, maxRecordChars + CHUNK));
        }
        int read = reader.read(buffer, limit, Math.min(buffer.length - limit, CHUNK));
        if (read < 0) {
            return false;
        }
        limit += read;
        return true;
    }

    private void addField(int start, int end, int fieldFlags) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            flags = Arrays.copyOf(flags, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        flags[count] = fieldFlags;
        count++;
    }

    char delimiter() {
        return delimiter;
    }

    /** The line the current record begins on. */
    long line() {
        return recordLine;
    }

    /** The line the current record ends on: later than its first when a quoted field holds a line break. */
    long endLine() {
        return recordEndLine;
    }

    int fieldCount() {
        return count;
    }

    /** The field's text, quotes undone and line breaks as {@code \n}; valid until the next record. */
    String field(int index) {
        int from = recordStart + starts[index];
        String text = new String(buffer, from, recordStart + ends[index] - from);
        int fieldFlags = flags[index];
        if ((fieldFlags & ESCAPED_QUOTES) != 0) {
            text = text.replace("\"\"", "\"");
        }
        if ((fieldFlags & CARRIAGE_RETURN) != 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return text;
    }

    /** Whether a quoted field has text between its closing quote and the delimiter. */
    boolean malformed(int index) {
        return (flags[index] & TEXT_AFTER_QUOTE) != 0;
    }

    boolean containsCprNumber(int index) {
        return CprDetector.containsCprNumber(buffer, recordStart + starts[index], recordStart + ends[index]);
    }

    /** Whether every field is empty or spaces: a blank line, or a row Excel left with only delimiters. */
    boolean blank() {
        for (int i = 0; i < count; i++) {
            for (int c = recordStart + starts[i]; c < recordStart + ends[i]; c++) {
                if (buffer[c] > ' ') {
                    return false;
                }
            }
        }
        return true;
    }
}
