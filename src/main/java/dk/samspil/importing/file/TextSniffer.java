package dk.samspil.importing.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The first, byte-level pass over a file: is it text at all, and in which encoding. UTF-8 (with or
 * without a byte-order mark) when every byte sequence is valid UTF-8, otherwise Windows-1252, what
 * Danish Excel writes. Refuses an empty file, a binary one (a NUL byte, or more than 1 % control
 * characters), UTF-16, and a line longer than the limit, which it stops reading at: a 100 MB line
 * costs one megabyte of reading, not a hundred.
 */
final class TextSniffer {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int CHUNK = 64 * 1024;

    record SniffedText(Charset charset, int bomLength) {
    }

    private final int maxLineBytes;
    private final Utf8Check utf8 = new Utf8Check();
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
        return new SniffedText(utf8.valid() ? StandardCharsets.UTF_8 : WINDOWS_1252, bom);
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
                line++;
                lineBytes = 0;
                utf8.accept(b);
                continue;
            }
            if (++lineBytes > maxLineBytes) {
                throw new ImportFileException(RowError.of(line, "", "import.error.row-too-long", megabytes(maxLineBytes)));
            }
            if (b == 0) {
                throw refused("import.error.binary-file");
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

    /** Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF. */
    private static final class Utf8Check {
        private boolean valid = true;
        private int pending;
        private int low = 0x80;
        private int high = 0xBF;

        void accept(int b) {
            if (!valid) {
                return;
            }
            if (pending > 0) {
                if (b < low || b > high) {
                    valid = false;
                }
                pending--;
                low = 0x80;
                high = 0xBF;
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
                valid = false;
            }
        }

        boolean valid() {
            return valid && pending == 0;
        }
    }
}
