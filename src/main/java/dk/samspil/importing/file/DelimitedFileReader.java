package dk.samspil.importing.file;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * Reads a delimited text file record by record, safely: the encoding is detected from the bytes
 * ({@link TextSniffer}), the delimiter from the header line, and no record may be longer than the
 * limit ({@value #MAX_RECORD_CHARS} characters by default), so memory stays small whatever the
 * file holds. The file is streamed twice: once as bytes to detect, once as text.
 * <p>
 * Problems that stop reading (empty, binary, UTF-16, a record too long, a quote never closed) are
 * thrown as {@link ImportFileException}; the ones a row can have are left to the caller.
 */
public final class DelimitedFileReader implements Closeable {

    /** One megabyte of text per record. */
    public static final int MAX_RECORD_CHARS = 1024 * 1024;

    private final InputStream in;
    private final TextSniffer.SniffedText sniffed;
    private final RecordTokenizer tokenizer;
    private int nextMismatched;

    private DelimitedFileReader(InputStream in, TextSniffer.SniffedText sniffed, RecordTokenizer tokenizer) {
        this.in = in;
        this.sniffed = sniffed;
        this.tokenizer = tokenizer;
    }

    public static DelimitedFileReader open(Path file) throws IOException {
        return open(ByteSource.of(file), MAX_RECORD_CHARS);
    }

    static DelimitedFileReader open(ByteSource source, int maxRecordChars) throws IOException {
        TextSniffer.SniffedText sniffed;
        try (InputStream bytes = source.open()) {
            sniffed = TextSniffer.sniff(bytes, maxRecordChars);
        }
        InputStream in = source.open();
        try {
            in.skipNBytes(sniffed.bomLength());
            RecordTokenizer tokenizer = new RecordTokenizer(new InputStreamReader(in, sniffed.charset()), maxRecordChars);
            tokenizer.detectDelimiter();
            return new DelimitedFileReader(in, sniffed, tokenizer);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Reads the next record, header included; false at the end of the file. */
    public boolean next() throws IOException {
        return tokenizer.next();
    }

    /** The line the current record begins on, 1 for the header. */
    public long line() {
        return tokenizer.line();
    }

    public int fieldCount() {
        return tokenizer.fieldCount();
    }

    /** The field's text, unquoted; valid until {@link #next()}. */
    public String field(int index) {
        return tokenizer.field(index);
    }

    /** Whether the field holds a CPR-like number; looks at the raw text without making a string of it. */
    public boolean fieldContainsCprNumber(int index) {
        return tokenizer.containsCprNumber(index);
    }

    /** Whether a quoted field has text after its closing quote, e.g. {@code "a"b}. */
    public boolean fieldMalformed(int index) {
        return tokenizer.malformed(index);
    }

    /** Whether the record is a blank line or only delimiters. */
    public boolean blank() {
        return tokenizer.blank();
    }

    public Charset charset() {
        return sniffed.charset();
    }

    /** The encoding that lines not in {@link #charset()} look like they are in. */
    public Charset otherCharset() {
        return sniffed.other();
    }

    /**
     * The first line of the current record whose bytes are not in the file's encoding, or 0 when
     * every line of it is. Records are asked in file order.
     */
    public long mismatchedLine() {
        long[] lines = sniffed.mismatchedLines();
        while (nextMismatched < lines.length && lines[nextMismatched] < tokenizer.line()) {
            nextMismatched++;
        }
        return nextMismatched < lines.length && lines[nextMismatched] <= tokenizer.endLine()
                ? lines[nextMismatched] : 0;
    }

    public char delimiter() {
        return tokenizer.delimiter();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
