package dk.samspil.importing.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/import-formats.md: a CPR-like value anywhere rejects the file in every mode, and is never echoed. */
class CprNumberTest {

    private static final String CPR = "0101901234";
    private static final String DASHED_CPR = "311299-4321";
    private static final String HEADER = "municipality_code,quarter,element,score,note";

    @TempDir
    Path dir;

    @Test
    void a_cpr_number_in_an_unknown_column_rejects_the_file_in_lenient_mode() throws IOException {
        Path file = TestFiles.write(dir, TestFiles.csv(HEADER + ",borger", "461,2026-Q3,E1,4,,", "461,2026-Q3,E2,4,," + CPR,
                "461,2026-Q3,E3,4,,"));

        ValidationReport report = TestFiles.validate(file, FileKind.SELF_ASSESSMENTS, ImportMode.LENIENT);

        assertThat(report.decision()).isEqualTo(ValidationReport.Decision.REJECTED);
        assertThat(report.cprFound()).isTrue();
        assertThat(report.errors()).containsExactly(RowError.of(3, "borger", "import.error.cpr-number"));
        assertNowhere(report, CPR);
    }

    @Test
    void a_dashed_cpr_number_inside_a_quoted_note_rejects_the_file() throws IOException {
        Path file = TestFiles.write(dir, TestFiles.csv(HEADER, "461,2026-Q3,E1,4,\"Ringede, " + DASHED_CPR + ", i går\""));

        ValidationReport report = TestFiles.validate(file, FileKind.SELF_ASSESSMENTS, ImportMode.LENIENT);

        assertThat(report.cprFound()).isTrue();
        assertThat(report.accepted()).isFalse();
        assertThat(report.errors()).containsExactly(RowError.of(2, "note", "import.error.cpr-number"));
        assertNowhere(report, DASHED_CPR);
        assertNowhere(report, "311299");
    }

    @Test
    void a_cpr_number_in_the_header_is_named_by_position() throws IOException {
        Path file = TestFiles.write(dir, TestFiles.csv(HEADER + "," + CPR, "461,2026-Q3,E1,4,,"));

        ValidationReport report = TestFiles.validate(file, FileKind.SELF_ASSESSMENTS, ImportMode.LENIENT);

        assertThat(report.cprFound()).isTrue();
        assertThat(report.errors()).contains(RowError.of(1, "#6", "import.error.cpr-number"));
        assertNowhere(report, CPR);
    }

    @Test
    void a_cpr_number_in_a_known_column_is_reported_once_without_its_value() throws IOException {
        Path file = TestFiles.write(dir, TestFiles.csv("case_ref,municipality_code,period,psychiatric_admissions,bed_days,"
                + "acute_readmissions_30d", "ODE-0001,461,2026-10,0,0,0", DASHED_CPR + ",461,2026-10,0,0,0"));

        ValidationReport report = TestFiles.validate(file, FileKind.OUTCOMES, ImportMode.LENIENT);

        assertThat(report.errors()).containsExactly(RowError.of(3, "case_ref", "import.error.cpr-number"));
        assertNowhere(report, DASHED_CPR);
    }

    @Test
    void reading_such_a_file_for_writing_stops_without_echoing_the_value() throws IOException {
        Path file = TestFiles.write(dir, TestFiles.csv(HEADER + ",x", "461,2026-Q3,E1,4,,", "461,2026-Q3,E2,4,," + CPR));
        List<ImportLine> written = new ArrayList<>();

        ImportFileException thrown = catchThrowableOfType(ImportFileException.class, () -> new FileValidation(new FakeReferences())
                .forEachValidLine(file, FileKind.SELF_ASSESSMENTS, TestFiles.TODAY, null, written::add));

        assertThat(thrown.error()).isEqualTo(RowError.of(3, "x", "import.error.cpr-number"));
        assertThat(thrown).hasMessage("import.error.cpr-number at line 3");
        assertThat(thrown.toString()).doesNotContain(CPR);
        assertThat(written).hasSize(1);
    }

    @Test
    void a_case_reference_with_the_shape_the_database_refuses_is_invalid_and_not_quoted() throws IOException {
        Path file = TestFiles.write(dir, TestFiles.csv("case_ref,municipality_code,enrolled_on,status,key_coordinator_sector",
                "ODE-9999999999,461,2025-01-01,ACTIVE,PSY"));

        ValidationReport report = TestFiles.validate(file, FileKind.CASES, ImportMode.STRICT);

        assertThat(report.cprFound()).isFalse();
        assertThat(report.errors()).containsExactly(
                RowError.of(2, "case_ref", "import.error.reference-like-cpr", "case_ref"));
        assertNowhere(report, "9999999999");
    }

    private static void assertNowhere(ValidationReport report, String value) {
        assertThat(report.toString()).doesNotContain(value);
        report.errors().forEach(error -> assertThat(error.toString()).doesNotContain(value));
        report.warnings().forEach(warning -> assertThat(warning.toString()).doesNotContain(value));
    }
}
