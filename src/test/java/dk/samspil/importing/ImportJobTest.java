package dk.samspil.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dk.samspil.importing.file.FileKind;
import dk.samspil.importing.file.ImportMode;
import dk.samspil.importing.file.ImportPeriod;
import dk.samspil.support.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The real import job on the real database, with the data contract's sample files. */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class ImportJobTest {

    private static final List<String> IN_ORDER = List.of("cases-2026-10.csv", "meetings-2026-10.csv",
            "outcomes-2026-10.csv", "survey-responses-2026-10.csv", "self-assessments-2026-Q3.csv");

    @Autowired
    ImportService imports;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_danish_excel_files_give_the_same_state_as_the_utf8_ones_and_importing_twice_changes_nothing()
            throws IOException {
        importAll(Samples.folder());
        String first = state();
        assertThat(first).contains("ODE-0001").contains("M-461-00001");

        importAll(Samples.folder());
        assertThat(state()).as("the same files again").isEqualTo(first);

        importAll(Samples.danishExcelFolder());
        assertThat(state()).as("the Danish Excel twins").isEqualTo(first);
    }

    @Test
    void a_file_with_one_invalid_row_changes_nothing_in_strict_mode_and_names_the_row() throws IOException {
        importAll(Samples.folder());
        String before = state();
        String meetings = Files.readString(Samples.path("meetings-2026-10.csv"));
        String broken = meetings.replaceFirst("2026-10-28", "2026-13-28");

        ImportSummary summary = run(broken, "meetings-2026-10.csv", ImportMode.STRICT);

        assertThat(summary.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(state()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT line_number, column_name FROM import_error WHERE import_id = ?").param(summary.id())
                .query((rs, n) -> rs.getLong(1) + ":" + rs.getString(2)).list()).containsExactly("2:held_on");
    }

    @Test
    void a_corrected_file_for_the_same_scope_replaces_the_first_ones_rows() throws IOException {
        importAll(Samples.folder());
        List<String> lines = Files.readAllLines(Samples.path("meetings-2026-10.csv"));
        String corrected = String.join("\n", lines.stream()
                .filter(line -> !line.startsWith("M-461-00002"))
                .map(line -> line.startsWith("M-461-00001") ? line.replace(",60,4", ",90,4") : line)
                .toList()) + "\n";

        assertThat(run(corrected, "meetings-2026-10.csv", ImportMode.STRICT).status()).isEqualTo(ImportStatus.COMPLETED);

        assertThat(meetingRefs()).doesNotContain("M-461-00002").contains("M-461-00001")
                .hasSize((int) lines.stream().skip(1).filter(line -> !line.isBlank()).count() - 1);
        assertThat(jdbc.sql("SELECT duration_minutes FROM network_meeting WHERE meeting_ref = 'M-461-00001'")
                .query(Integer.class).single()).isEqualTo(90);
    }

    @Test
    void in_lenient_mode_the_valid_rows_land_and_the_report_lists_the_rest() throws IOException {
        String answers = Files.readString(Samples.path("survey-responses-2026-10.csv"));
        // the bad row is a respondent of its own: the valid rows are then the sample's, which the
        // month's published results may take (docs/decisions/0011: one respondent's changed answer
        // would be refused as a change by fewer than 3)
        String oneBad = answers.stripTrailing() + "\nR999,2026-10,461,PSYCHIATRY,PS1,9\n";
        long rows = answers.lines().skip(1).filter(line -> !line.isBlank()).count();

        ImportSummary strict = run(oneBad, "survey-responses-2026-10.csv", ImportMode.STRICT);
        ImportSummary lenient = run(oneBad, "survey-responses-2026-10.csv", ImportMode.LENIENT);

        assertThat(strict.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(lenient.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(lenient.rowsWritten()).isEqualTo(rows);
        assertThat(lenient.rowsRejected()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT CONCAT(line_number, ':', column_name) FROM import_error WHERE import_id = ?")
                .param(lenient.id()).query(String.class).list()).containsExactly((rows + 2) + ":score");
    }

    @Test
    void a_cpr_number_anywhere_rejects_the_file_in_every_mode_and_is_stored_nowhere(CapturedOutput log) throws IOException {
        String meetings = Files.readString(Samples.path("meetings-2026-10.csv"));
        String withCpr = meetings.replaceFirst("M-461-00002", "0707901234");

        ImportSummary summary = run(withCpr, "meetings-2026-10.csv", ImportMode.LENIENT);

        assertThat(summary.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(summary.rejection()).isEqualTo("import.rejected.cpr");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM import_error WHERE import_id = ? AND arguments LIKE '%0707901234%'")
                .param(summary.id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM network_meeting WHERE meeting_ref = '0707901234'")
                .query(Long.class).single()).isZero();
        assertThat(log.getAll()).as("the log").doesNotContain("0707901234");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM import_record WHERE file_name LIKE '%0707901234%' OR rejection LIKE '%0707901234%'")
                .query(Long.class).single()).isZero();
        String upload = jdbc.sql("""
                        SELECT PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS
                        WHERE JOB_EXECUTION_ID = ? AND PARAMETER_NAME = 'file'""")
                .param(summary.jobExecutionId()).query(String.class).single();
        assertThat(Path.of(upload)).as("the upload is gone").doesNotExist();
    }

    private void importAll(Path folder) throws IOException {
        for (String name : IN_ORDER) {
            try (InputStream in = Files.newInputStream(folder.resolve(name))) {
                ImportSummary summary = imports.importAs("test", in, request(name, ImportMode.STRICT));
                assertThat(summary.status()).as(folder + "/" + name + " " + summary.rejection()).isEqualTo(ImportStatus.COMPLETED);
            }
        }
    }

    @Test
    void malformed_files_fail_with_a_plain_reason_and_change_nothing() throws IOException {
        importAll(Samples.folder());
        String before = state();
        String header = Files.readAllLines(Samples.path("meetings-2026-10.csv")).getFirst();
        String firstRow = Files.readAllLines(Samples.path("meetings-2026-10.csv")).get(1);
        Map<String, String> expected = Map.of(
                "", "import.error.empty-file",
                header + "\n", "import.error.no-rows",
                "\u0000\u0001\u0002garbage\u0000\u0000\u0007\u0000", "import.error.nul-byte",
                header.replace("held_on,", "") + "\n" + firstRow.replace("2026-10-28,", ""), "import.error.missing-column",
                header + "\nM-461-00001,\"ODE-0001,461,2026-10-28,INITIAL", "import.error.unclosed-quote");
        for (Map.Entry<String, String> file : expected.entrySet()) {
            ImportSummary summary = run(file.getKey(), "meetings-2026-10.csv", ImportMode.LENIENT);
            assertThat(summary.status()).isEqualTo(ImportStatus.FAILED);
            assertThat(imports.reportOf(summary.id())).extracting(ReportedError::reasonKey).as(file.getValue())
                    .contains(file.getValue());
        }
        assertThat(state()).isEqualTo(before);
    }

    private List<String> meetingRefs() {
        return jdbc.sql("SELECT meeting_ref FROM network_meeting WHERE municipality_code = 461 "
                + "AND held_on >= '2026-10-01' AND held_on < '2026-11-01'").query(String.class).list();
    }

    private ImportSummary run(String content, String name, ImportMode mode) {
        return imports.importAs("test", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), request(name, mode));
    }

    private static ImportService.ImportRequest request(String name, ImportMode mode) {
        FileKind kind = FileKind.fromFileName(name).orElseThrow();
        ImportPeriod period = dk.samspil.importing.file.ProposedImport.fromFileName(name).orElseThrow().period();
        return new ImportService.ImportRequest(name, kind, period, mode);
    }

    /** The rows the samples' scopes hold, ids left out (a replaced row gets a new id). */
    private String state() {
        return String.join("\n",
                one("""
                        SELECT CONCAT_WS(',', municipality_code, case_ref, enrolled_on, status, ended_on,
                            key_coordinator_sector, age_band)
                        FROM citizen_case WHERE municipality_code IN (461, 563) ORDER BY municipality_code, case_ref"""),
                one("""
                        SELECT CONCAT_WS(',', m.municipality_code, m.meeting_ref, c.case_ref, m.held_on,
                            m.meeting_type, m.citizen_present, m.plan_status, m.actions_agreed, m.next_follow_up_on,
                            m.duration_minutes, m.participants,
                            (SELECT GROUP_CONCAT(s.sector_code ORDER BY s.sector_code) FROM network_meeting_sector s
                              WHERE s.meeting_id = m.id))
                        FROM network_meeting m JOIN citizen_case c ON c.id = m.case_id
                        WHERE m.municipality_code IN (461, 563) AND m.held_on >= '2026-10-01' AND m.held_on < '2026-11-01'
                        ORDER BY m.municipality_code, m.meeting_ref"""),
                one("""
                        SELECT CONCAT_WS(',', c.municipality_code, c.case_ref, o.psychiatric_admissions, o.bed_days,
                            o.acute_readmissions_30d, o.emergency_contacts, o.housing, o.employment, o.coherence_score,
                            o.coercive_measures)
                        FROM monthly_outcome o JOIN citizen_case c ON c.id = o.case_id
                        WHERE c.municipality_code IN (461, 563) AND o.period = '2026-10-01'
                        ORDER BY c.municipality_code, c.case_ref"""),
                one("""
                        SELECT answers FROM (
                            SELECT CONCAT(r.municipality_code, ',', r.sector_code, ':',
                                GROUP_CONCAT(CONCAT(i.item_code, '=', a.score) ORDER BY i.item_code)) AS answers
                            FROM survey_response r JOIN survey_wave w ON w.id = r.wave_id
                            JOIN survey_answer a ON a.response_id = r.id JOIN survey_item i ON i.id = a.item_id
                            WHERE r.source = 'IMPORT' AND w.period = '2026-10-01' AND r.municipality_code IN (461, 563)
                            GROUP BY r.id) x ORDER BY answers"""),
                one("""
                        SELECT CONCAT_WS(',', municipality_code, element, score, note)
                        FROM core_element_assessment WHERE municipality_code IN (461, 563) AND year = 2026 AND quarter = 3
                        ORDER BY municipality_code, element"""));
    }

    private String one(String sql) {
        return String.join("|", jdbc.sql(sql).query(String.class).list());
    }
}
