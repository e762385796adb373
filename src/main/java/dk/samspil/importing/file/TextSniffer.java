package dk.samspil.importing.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The first, byte-level pass over a file: is it text at all, and in which one encoding. Each line
 * with bytes above ASCII is either valid UTF-8 or not (then it is Windows-1252, what Danish Excel
 * writes). A file is UTF-8 when it has a byte-order mark or when its UTF-8 lines are at least as many
 * as the others, else Windows-1252; the lines that do not fit the file's encoding are listed, and
 * the validation makes each an error of its line: a file is never decoded half in one encoding and
 * half in the other, nor switched wholesale because of one line.
 * <p>
 * Refuses an empty file, a binary one (a NUL byte, or more than 1 % control characters), UTF-16, and
 * a line longer than the limit, which it stops reading at: a 100 MB line costs one megabyte of
 * reading, not a hundred.
 */
final class TextSniffer {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int CHUNK = 64 * 1024;

    /**
     * @param mismatchedLines the lines, ascending, whose bytes are in {@code other}, not {@code charset}
     */
    record SniffedText(Charset charset, int bomLength, Charset other, long[] mismatchedLines) {
    }

    /** More lines in the other encoding than this are not listed one by one: the file is refused. */
    static final int MAX_MISMATCHED_LINES = 100_000;

    private final int maxLineBytes;
    private final Utf8Check utf8 = new Utf8Check();
    private final LineList utf8Lines = new LineList();
    private final LineList windowsLines = new LineList();
    private long line = 1;
    private long lineBytes;
    private long bytes;
    private long controls;
    private boolean text;

    private TextSniffer(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    static SniffedText sniff(InputStream in, int maxLineBytes) throws IOException {
        return new TextSniffer(maxLineBytes).read(in);
    }

    private SniffedText read(InputStream in) throws IOException {
        byte[] buffer = new byte[CHUNK];
        int n = in.readNBytes(buffer, 0, buffer.length);
        int bom = bom(buffer, n);
        int from = bom;
        while (n > 0) {
            scan(buffer, from, n);
            if (bytes >= CHUNK && controls * 100 > bytes) {
                throw refused("import.error.binary-file");
            }
            from = 0;
            n = in.read(buffer);
        }
        if (!text) {
            throw refused("import.error.empty-file");
        }
        if (controls * 100 > bytes) {
            throw refused("import.error.binary-file");
        }
        endLine();
        boolean isUtf8 = bom > 0 || utf8Lines.count >= windowsLines.count;
        LineList mismatched = isUtf8 ? windowsLines : utf8Lines;
        if (mismatched.count > MAX_MISMATCHED_LINES) {
            throw refused("import.error.mixed-encoding", String.valueOf(mismatched.count));
        }
        return isUtf8 ? new SniffedText(StandardCharsets.UTF_8, bom, WINDOWS_1252, mismatched.lines())
                : new SniffedText(WINDOWS_1252, bom, StandardCharsets.UTF_8, mismatched.lines());
    }

    /** Files the line just ended under UTF-8 or Windows-1252, when it has bytes above ASCII. */
    private void endLine() {
        if (utf8.lineInvalid()) {
            windowsLines.add(line);
        } else if (utf8.lineHasMultibyte()) {
            utf8Lines.add(line);
        }
        utf8.newLine();
    }

    private static int bom(byte[] b, int n) {
        if (n >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
            throw refused("import.error.unsupported-encoding", "UTF-16");
        }
        return n >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
    }

    private void scan(byte[] buffer, int from, int to) {
        bytes += to - from;
        for (int i = from; i < to; i++) {
            int b = buffer[i] & 0xFF;
            if (b == '\n') {
                utf8.accept(b);
                endLine();
                line++;
                lineBytes = 0;
                continue;
            }
            if (++lineBytes > maxLineBytes) {
                throw new ImportFileException(RowError.of(line, "", "import.error.row-too-long", megabytes(maxLineBytes)));
            }
            if (b == 0) {
                // where it is, for the report: a text file has none
                throw new ImportFileException(RowError.of(line, "", "import.error.nul-byte"));
            }
            if ((b < 0x20 && b != '\t' && b != '\r' && b != '\f') || b == 0x7F) {
                controls++;
            } else if (b > ' ') {
                text = true;
            }
            utf8.accept(b);
        }
    }

    static String megabytes(int limit) {
        return String.valueOf(Math.max(1, limit / (1024 * 1024)));
    }

    private static ImportFileException refused(String key, String... arguments) {
        return new ImportFileException(RowError.ofFile(key, arguments));
    }

    /** Line numbers, ascending; counts them all, keeps the first {@value #MAX_MISMATCHED_LINES}. */
    private static final class LineList {
        private long[] lines = new long[16];
        private int kept;
        private long count;

        void add(long line) {
            count++;
            if (kept < MAX_MISMATCHED_LINES) {
                if (kept == lines.length) {
                    lines = java.util.Arrays.copyOf(lines, kept * 2);
                }
                lines[kept++] = line;
            }
        }

        long[] lines() {
            return java.util.Arrays.copyOf(lines, kept);
        }
    }

    /**
     * Strict UTF-8 (RFC 3629), line by line: no overlong forms, no surrogates, nothing above
     * U+10FFFF. After an invalid byte it starts afresh, so the next line is judged on its own.
     */
    private static final class Utf8Check {
        private boolean invalid;
        private boolean multibyte;
        private int pending;
        private int low = 0x80;
        private int high = 0xBF;

        void accept(int b) {
            if (pending > 0) {
                if (b < low || b > high) {
                    invalid = true;
                    pending = 0;
                    low = 0x80;
                    high = 0xBF;
                    accept(b);
                    return;
                }
                pending--;
                low = 0x80;
                high = 0xBF;
                if (pending == 0) {
                    multibyte = true;
                }
            } else if (b >= 0x80) {
                lead(b);
            }
        }

        private void lead(int b) {
            if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                low = b == 0xE0 ? 0xA0 : 0x80;
                high = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                low = b == 0xF0 ? 0x90 : 0x80;
                high = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                invalid = true;
            }
        }

        /** The line has a byte sequence that is not UTF-8 (a sequence cut off at its end included). */
        boolean lineInvalid() {
            return invalid || pending > 0;
        }

        boolean lineHasMultibyte() {
            return multibyte;
        }

        void newLine() {
            invalid = false;
            multibyte = false;
            pending = 0;
            low = 0x80;
            high = 0xBF;
        }
    }
}
