package dk.samspil.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dk.samspil.importing.file.FileKind;
import dk.samspil.importing.file.ImportMode;
import dk.samspil.importing.file.ImportPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Survey answers are checked while they are loaded (docs/decisions/0030): a file found invalid only
 * after thousands of its rows went to the database must leave nothing of them, no answer without
 * its set, and the same report as a check before the load would have given.
 */
@SpringBootTest
class SurveyImportInOnePassTest {

    private static final String[] ITEMS = {"PS1", "PS4", "PS7", "RCL1", "RCL2", "RCL3", "RCL4", "RC1", "RC2", "RC3",
            "RC4", "RC5", "RC6", "RC7"};
    /** Faaborg-Midtfyn in a month before the demo's: no other test writes there. */
    private static final String MONTH = "2024-03";

    @Autowired
    ImportService imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UploadFolder uploads;

    @TempDir
    Path dir;

    @Test
    void a_strict_file_with_one_bad_row_near_its_end_leaves_nothing_and_names_the_row() throws IOException {
        StringBuilder csv = rows(3_000);
        long badLine = csv.chars().filter(c -> c == '\n').count() + 1;
        csv.append("late,").append(MONTH).append(",430,NGO,PS1,9\n");
        csv.append(rows(200, "after").substring(header().length()));
        long before = answersInTheMonth();

        ImportSummary summary = importFile(csv, ImportMode.STRICT);

        assertThat(summary.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(summary.rejection()).isEqualTo("import.rejected.invalid");
        assertThat(imports.reportOf(summary.id())).extracting(ReportedError::line, ReportedError::reasonKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(badLine, "import.error.out-of-range"));
        assertNothingLeft(before);
    }

    @Test
    void a_lenient_file_over_the_one_percent_limit_is_known_only_at_its_end_and_leaves_nothing() throws IOException {
        StringBuilder csv = rows(3_000);
        for (int i = 0; i < 500; i++) {
            csv.append("bad").append(i).append(',').append(MONTH).append(",430,NGO,PS1,x\n");
        }
        long before = answersInTheMonth();

        ImportSummary summary = importFile(csv, ImportMode.LENIENT);

        assertThat(summary.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(summary.rejection()).isEqualTo("import.rejected.too-many-invalid");
        assertThat(summary.rowsRejected()).isEqualTo(500);
        assertNothingLeft(before);
    }

    @Test
    void a_cpr_number_in_the_last_row_rejects_the_loaded_rows_and_deletes_the_file() throws IOException {
        StringBuilder csv = rows(3_000);
        csv.append("010190 4821,").append(MONTH).append(",430,NGO,PS1,3\n");
        long before = answersInTheMonth();

        ImportSummary summary = importFile(csv, ImportMode.LENIENT);

        assertThat(summary.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(summary.rejection()).isEqualTo("import.rejected.cpr");
        assertThat(imports.reportOf(summary.id())).isNotEmpty().allSatisfy(error ->
                assertThat(String.join(" ", error.arguments())).doesNotContain("010190").doesNotContain("4821"));
        try (Stream<Path> files = Files.list(uploads.folder())) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith(summary.id() + "-")))
                    .as("no work copy with the CPR number kept").isEmpty();
        }
        assertNothingLeft(before);
    }

    @Test
    void a_lenient_file_within_the_limit_writes_its_valid_rows_and_reports_the_skipped_one() throws IOException {
        StringBuilder csv = rows(300);
        csv.append("bad,").append(MONTH).append(",430,NGO,PS1,x\n");

        ImportSummary summary = importFile(csv, ImportMode.LENIENT);

        assertThat(summary.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(summary.rowsWritten()).isEqualTo(300 * ITEMS.length);
        assertThat(imports.reportOf(summary.id())).extracting(ReportedError::reasonKey).containsExactly("import.error.not-a-number");
        assertThat(answersInTheMonth()).isEqualTo(300L * ITEMS.length);
        assertThat(orphanAnswers()).isZero();
    }

    private void assertNothingLeft(long before) {
        assertThat(answersInTheMonth()).as("nothing of the rows loaded before the file was found invalid").isEqualTo(before);
        assertThat(orphanAnswers()).as("no answer without its answer set").isZero();
    }

    private ImportSummary importFile(CharSequence csv, ImportMode mode) throws IOException {
        Path file = dir.resolve("survey-responses-" + MONTH + ".csv");
        Files.writeString(file, csv);
        try (InputStream in = Files.newInputStream(file)) {
            return imports.importAs("test", in, new ImportService.ImportRequest(file.getFileName().toString(),
                    FileKind.SURVEY_RESPONSES, ImportPeriod.parse(MONTH), mode));
        }
    }

    private static String header() {
        return "response_ref,wave,municipality_code,sector,item_code,score\n";
    }

    private static StringBuilder rows(int respondents) {
        return rows(respondents, "R");
    }

    private static StringBuilder rows(int respondents, String prefix) {
        StringBuilder csv = new StringBuilder(header());
        List<String> sectors = List.of("NGO", "PSYCHIATRY", "JOB_CENTRE");
        for (int r = 0; r < respondents; r++) {
            for (String item : ITEMS) {
                csv.append(prefix).append(r).append(',').append(MONTH).append(",430,").append(sectors.get(r % 3))
                        .append(',').append(item).append(',').append(1 + r % 5).append('\n');
            }
        }
        return csv;
    }

    private long answersInTheMonth() {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
                        JOIN survey_wave w ON w.id = r.wave_id
                        WHERE r.source = 'IMPORT' AND r.municipality_code = 430 AND w.period = ?""")
                .param(MONTH + "-01").query(Long.class).single();
    }

    private long orphanAnswers() {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM survey_answer a LEFT JOIN survey_response r ON r.id = a.response_id
                        WHERE r.id IS NULL""").query(Long.class).single();
    }
}
