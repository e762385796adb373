package dk.samspil.importing.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/import-formats.md, "Strict and lenient": strict rejects any invalid row; lenient skips up to 1 %. */
class LenientModeTest {

    private static final String HEADER = "response_ref,wave,municipality_code,sector,item_code,score";

    @TempDir
    Path dir;

    @Test
    void lenient_mode_accepts_one_percent_invalid_rows_and_strict_mode_none() throws IOException {
        Path file = survey(200, 2);

        ValidationReport lenient = TestFiles.validate(file, FileKind.SURVEY_RESPONSES, ImportMode.LENIENT);
        ValidationReport strict = TestFiles.validate(file, FileKind.SURVEY_RESPONSES, ImportMode.STRICT);

        assertThat(lenient.decision()).isEqualTo(ValidationReport.Decision.ACCEPTED);
        assertThat(lenient.invalidRows()).isEqualTo(2);
        assertThat(lenient.validRows()).isEqualTo(198);
        assertThat(strict.decision()).isEqualTo(ValidationReport.Decision.REJECTED);
    }

    @Test
    void lenient_mode_rejects_more_than_one_percent_invalid_rows() throws IOException {
        ValidationReport report = TestFiles.validate(survey(200, 3), FileKind.SURVEY_RESPONSES, ImportMode.LENIENT);

        assertThat(report.decision()).isEqualTo(ValidationReport.Decision.REJECTED);
    }

    @Test
    void the_writing_pass_skips_the_invalid_rows() throws IOException {
        Path file = survey(200, 2);
        List<Long> lines = new ArrayList<>();
        List<ImportLine> written = new ArrayList<>();

        try (ValidLines valid = new FileValidation(new FakeReferences()).openValidLines(file, FileKind.SURVEY_RESPONSES,
                TestFiles.TODAY, null)) {
            for (ImportLine line = valid.next(); line != null; line = valid.next()) {
                written.add(line);
                lines.add(valid.line());
            }
        }

        assertThat(written).hasSize(198);
        assertThat(lines).doesNotContain(2L, 102L).contains(3L, 201L);
    }

    @Test
    void an_unknown_column_is_a_warning_in_lenient_mode_and_an_error_in_strict_mode() throws IOException {
        Path file = TestFiles.write(dir, TestFiles.csv(HEADER + ",Kommentar", "R1,2026-10,461,PSY,PS1,3,god"));

        ValidationReport lenient = TestFiles.validate(file, FileKind.SURVEY_RESPONSES, ImportMode.LENIENT);
        ValidationReport strict = TestFiles.validate(file, FileKind.SURVEY_RESPONSES, ImportMode.STRICT);

        assertThat(lenient.accepted()).isTrue();
        assertThat(lenient.warnings()).containsExactly(
                RowError.of(1, "Kommentar", "import.warning.unknown-column", "Kommentar"));
        assertThat(strict.accepted()).isFalse();
        assertThat(strict.errors()).containsExactly(RowError.of(1, "Kommentar", "import.error.unknown-column", "Kommentar"));
    }

    @Test
    void the_stored_errors_are_capped_but_all_are_counted() throws IOException {
        ValidationReport report = TestFiles.validate(survey(1500, 1500), FileKind.SURVEY_RESPONSES, ImportMode.LENIENT);

        assertThat(report.errors()).hasSize(ValidationReport.MAX_STORED_ERRORS);
        assertThat(report.errorCount()).isEqualTo(1500);
        assertThat(report.errorsTruncated()).isTrue();
    }

    /** Rows of which the first {@code invalid}, spread evenly, have a score outside the scale. */
    private Path survey(int rows, int invalid) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        int every = rows / invalid;
        for (int i = 0; i < rows; i++) {
            int score = i % every == 0 && i / every < invalid ? 9 : 1 + i % 5;
            csv.append("R").append(i / 7).append(",2026-10,461,PSY,RC").append(1 + i % 7).append(',').append(score).append('\n');
        }
        return TestFiles.write(dir, csv.toString());
    }
}
