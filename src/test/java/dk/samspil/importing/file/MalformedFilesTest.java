package dk.samspil.importing.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each malformed input the issue lists gives a clear error, without a crash or a full read. */
class MalformedFilesTest {

    private static final String SURVEY_HEADER = "response_ref,wave,municipality_code,sector,item_code,score";
    private static final String SURVEY_ROW = "R001,2026-10,461,PSY,PS1,3";
    /** The same respondent's answer to another item: a row of its own, no repeat. */
    private static final String SURVEY_ROW_2 = "R001,2026-10,461,PSY,PS4,3";

    @TempDir
    Path dir;

    @Test
    void an_empty_file_is_refused_as_empty() throws IOException {
        assertRefused(TestFiles.write(dir, ""), 0, "import.error.empty-file");
        assertRefused(TestFiles.write(dir, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), 0, "import.error.empty-file");
    }

    @Test
    void a_file_of_blank_lines_is_refused_as_empty() throws IOException {
        assertRefused(TestFiles.write(dir, "\r\n  \r\n\r\n"), 0, "import.error.empty-file");
    }

    @Test
    void a_header_without_rows_is_refused_for_having_no_rows() throws IOException {
        ValidationReport report = assertRefused(TestFiles.write(dir, SURVEY_HEADER + "\r\n\r\n"), 0, "import.error.no-rows");

        assertThat(report.rowsRead()).isZero();
        assertThat(report.readToEnd()).isTrue();
    }

    @Test
    void a_missing_required_column_is_named_in_both_languages() throws IOException {
        Path file = TestFiles.write(dir, TestFiles.csv("response_ref,wave,municipality_code,sector,item_code",
                "R001,2026-10,461,PSY,PS1"));

        ValidationReport report = TestFiles.validate(file, FileKind.SURVEY_RESPONSES, ImportMode.LENIENT);

        assertThat(report.decision()).isEqualTo(ValidationReport.Decision.REJECTED);
        assertThat(report.errors()).containsExactly(
                RowError.of(1, "score", "import.error.missing-column", "score", "score"));
        assertThat(report.validRows()).isZero();
    }

    @Test
    void a_column_given_twice_in_english_and_danish_is_refused() throws IOException {
        Path file = TestFiles.write(dir, TestFiles.csv(SURVEY_HEADER + ",svar_id", SURVEY_ROW + ",R002"));

        ValidationReport report = TestFiles.validate(file, FileKind.SURVEY_RESPONSES, ImportMode.LENIENT);

        assertThat(report.errors()).extracting(RowError::reasonKey).containsExactly("import.error.duplicate-column");
        assertThat(report.accepted()).isFalse();
    }

    @Test
    void binary_garbage_with_nul_bytes_is_refused_as_binary_at_the_line_of_the_first_nul() throws IOException {
        byte[] bytes = new byte[20_000];
        new Random(7).nextBytes(bytes);
        long line = 1;
        for (int i = 0; bytes[i] != 0; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }

        assertRefused(TestFiles.write(dir, bytes), line, "import.error.nul-byte");
    }

    @Test
    void text_that_is_mostly_control_characters_is_refused_as_binary() throws IOException {
        byte[] bytes = new byte[10_000];
        Arrays.fill(bytes, (byte) 'a');
        for (int i = 0; i < bytes.length; i += 20) {
            bytes[i] = 0x01;
        }

        assertRefused(TestFiles.write(dir, bytes), 0, "import.error.binary-file");
    }

    @Test
    void utf16_is_refused_by_name() throws IOException {
        ValidationReport report = assertRefused(TestFiles.write(dir, "\uFEFF" + SURVEY_HEADER, StandardCharsets.UTF_16LE),
                0, "import.error.unsupported-encoding");

        assertThat(report.errors().getFirst().arguments()).containsExactly("UTF-16");
    }

    @Test
    void a_100_mb_line_is_refused_after_reading_about_one_megabyte_of_it() throws IOException {
        Path file = Files.createTempFile(dir, "huge", ".csv");
        byte[] chunk = new byte[1024 * 1024];
        Arrays.fill(chunk, (byte) 'x');
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((SURVEY_HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 100; i++) {
                out.write(chunk);
            }
        }
        TestFiles.CountingSource source = new TestFiles.CountingSource(file);

        ValidationReport report = new FileValidation(new FakeReferences()).validate(source, settings(ImportMode.LENIENT));

        assertThat(report.errors()).containsExactly(RowError.of(2, "", "import.error.row-too-long", "1"));
        assertThat(report.accepted()).isFalse();
        assertThat(report.readToEnd()).isFalse();
        assertThat(source.bytesRead.get()).isLessThan(2L * 1024 * 1024);
    }

    @Test
    void a_record_of_many_short_lines_inside_quotes_is_refused_at_the_line_it_begins() throws IOException {
        String longNote = "\"" + "kort linje\n".repeat(500) + "\"";
        Path file = TestFiles.write(dir, TestFiles.csv(SURVEY_HEADER, SURVEY_ROW, "R002,2026-10,461,PSY,PS1," + longNote));

        ValidationReport report = new FileValidation(new FakeReferences(), 1000)
                .validate(ByteSource.of(file), settings(ImportMode.LENIENT));

        assertThat(report.errors()).containsExactly(RowError.of(3, "", "import.error.row-too-long", "1"));
    }

    @Test
    void a_quote_never_closed_is_reported_at_the_line_where_it_opened() throws IOException {
        Path file = TestFiles.write(dir, TestFiles.csv(SURVEY_HEADER, SURVEY_ROW, SURVEY_ROW_2,
                "R002,2026-10,461,\"PSY,PS1,3", SURVEY_ROW, SURVEY_ROW));

        ValidationReport report = TestFiles.validate(file, FileKind.SURVEY_RESPONSES, ImportMode.LENIENT);

        assertThat(report.errors()).containsExactly(RowError.of(4, "", "import.error.unclosed-quote"));
        assertThat(report.accepted()).isFalse();
    }

    @Test
    void a_row_with_another_delimiter_is_named_by_its_line() throws IOException {
        Path file = TestFiles.write(dir, TestFiles.csv(SURVEY_HEADER.replace(',', ';'), SURVEY_ROW.replace(',', ';'),
                SURVEY_ROW, SURVEY_ROW_2.replace(',', ';')));

        ValidationReport report = TestFiles.validate(file, FileKind.SURVEY_RESPONSES, ImportMode.STRICT);

        assertThat(report.errors()).containsExactly(RowError.of(3, "", "import.error.wrong-field-count", "6", "1", ";"));
        assertThat(report.invalidRows()).isEqualTo(1);
        assertThat(report.validRows()).isEqualTo(2);
    }

    @Test
    void text_after_a_closing_quote_is_named_by_line_and_column() throws IOException {
        Path file = TestFiles.write(dir, TestFiles.csv(SURVEY_HEADER, "\"R00\"1,2026-10,461,PSY,PS1,3"));

        ValidationReport report = TestFiles.validate(file, FileKind.SURVEY_RESPONSES, ImportMode.STRICT);

        assertThat(report.errors()).containsExactly(
                RowError.of(2, "response_ref", "import.error.text-after-quote", "response_ref"));
    }

    @Test
    void blank_lines_between_and_after_rows_are_ignored() throws IOException {
        Path file = TestFiles.write(dir, SURVEY_HEADER + "\r\n" + SURVEY_ROW + "\r\n\r\n,,,,,\r\n" + SURVEY_ROW_2 + "\r\n\r\n\r\n");

        ValidationReport report = TestFiles.validate(file, FileKind.SURVEY_RESPONSES, ImportMode.STRICT);

        assertThat(report.errors()).isEmpty();
        assertThat(report.rowsRead()).isEqualTo(2);
    }

    private static FileScan.Settings settings(ImportMode mode) {
        return new FileScan.Settings(FileKind.SURVEY_RESPONSES, mode, TestFiles.TODAY, null, new FakeReferences());
    }

    private static ValidationReport assertRefused(Path file, long line, String key) throws IOException {
        ValidationReport report = TestFiles.validate(file, FileKind.SURVEY_RESPONSES, ImportMode.LENIENT);
        assertThat(report.decision()).isEqualTo(ValidationReport.Decision.REJECTED);
        assertThat(report.errors()).extracting(RowError::line, RowError::reasonKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(line, key));
        return report;
    }
}
