package dk.samspil.importing.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelimitedFileReaderTest {

    private static final String DANISH = "kommune;bemærkning\r\nÆrø;Første møde på Fanø\r\n";

    @TempDir
    Path dir;

    @Test
    void utf8_with_and_without_bom_and_windows_1252_read_the_same() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = DANISH.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);

        List<List<String>> expected = List.of(List.of("kommune", "bemærkning"), List.of("Ærø", "Første møde på Fanø"));
        assertThat(records(TestFiles.write(dir, utf8))).isEqualTo(expected);
        assertThat(records(TestFiles.write(dir, withBom))).isEqualTo(expected);
        assertThat(records(TestFiles.write(dir, DANISH, TextSniffer.WINDOWS_1252))).isEqualTo(expected);
    }

    @Test
    void the_encoding_is_utf8_only_when_every_byte_is_valid_utf8() throws IOException {
        try (DelimitedFileReader reader = DelimitedFileReader.open(TestFiles.write(dir, DANISH, StandardCharsets.UTF_8))) {
            assertThat(reader.charset()).isEqualTo(StandardCharsets.UTF_8);
        }
        try (DelimitedFileReader reader = DelimitedFileReader.open(TestFiles.write(dir, DANISH, TextSniffer.WINDOWS_1252))) {
            assertThat(reader.charset()).isEqualTo(TextSniffer.WINDOWS_1252);
        }
    }

    @Test
    void the_delimiter_is_the_one_the_header_uses() throws IOException {
        try (DelimitedFileReader reader = DelimitedFileReader.open(TestFiles.write(dir, "a;b;\"c,d\"\n1;2;3\n"))) {
            assertThat(reader.delimiter()).isEqualTo(';');
        }
        try (DelimitedFileReader reader = DelimitedFileReader.open(TestFiles.write(dir, "a,b,\"c;d\"\n1,2,3\n"))) {
            assertThat(reader.delimiter()).isEqualTo(',');
        }
    }

    @Test
    void quoted_fields_may_hold_delimiters_doubled_quotes_and_line_breaks() throws IOException {
        Path file = TestFiles.write(dir, "a,b,c\r\n\"x,y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nlast,,\r\n");

        assertThat(records(file)).containsExactly(List.of("a", "b", "c"), List.of("x,y", "say \"hi\"", "two\nlines"),
                List.of("last", "", ""));
    }

    @Test
    void a_record_after_a_line_break_inside_quotes_is_numbered_by_its_physical_line() throws IOException {
        Path file = TestFiles.write(dir, "a,b\n1,\"one\ntwo\nthree\"\n2,x\n");

        List<Long> lines = new ArrayList<>();
        try (DelimitedFileReader reader = DelimitedFileReader.open(file)) {
            while (reader.next()) {
                lines.add(reader.line());
            }
        }
        assertThat(lines).containsExactly(1L, 2L, 5L);
    }

    @Test
    void a_last_line_without_a_line_break_is_read() throws IOException {
        assertThat(records(TestFiles.write(dir, "a,b\n1,2"))).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void blank_lines_are_blank_records() throws IOException {
        try (DelimitedFileReader reader = DelimitedFileReader.open(TestFiles.write(dir, "a,b\n\n;,\n , \n"))) {
            reader.next();
            assertThat(reader.blank()).isFalse();
            reader.next();
            assertThat(reader.blank()).isTrue();
            reader.next();
            assertThat(reader.blank()).isFalse();
            reader.next();
            assertThat(reader.blank()).isTrue();
        }
    }

    private static List<List<String>> records(Path file) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (DelimitedFileReader reader = DelimitedFileReader.open(file)) {
            while (reader.next()) {
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < reader.fieldCount(); i++) {
                    fields.add(reader.field(i));
                }
                records.add(fields);
            }
        }
        return records;
    }
}
