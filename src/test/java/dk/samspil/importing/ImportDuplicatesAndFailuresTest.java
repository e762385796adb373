package dk.samspil.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import dk.samspil.importing.file.FileKind;
import dk.samspil.importing.file.ImportMode;
import dk.samspil.importing.file.ProposedImport;
import dk.samspil.support.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, item 6, through the real job on the real database: a file that delivers the same thing
 * twice is refused by the validation with the line and column of the repeat (it used to pass and
 * fail at the write, with no reason in the report); a meeting re-dated into another month moves;
 * and a job that fails for another reason says why in its report.
 */
@SpringBootTest
class ImportDuplicatesAndFailuresTest {

    @Autowired
    ImportService imports;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void cases() throws IOException {
        for (String name : List.of("cases-2026-10.csv", "meetings-2026-10.csv")) {
            try (InputStream in = Files.newInputStream(Samples.path(name))) {
                assertThat(imports.importAs("test", in, request(name, ImportMode.STRICT)).status())
                        .isEqualTo(ImportStatus.COMPLETED);
            }
        }
    }

    /** October is the samples' month in the shared schema: leave it as the samples make it. */
    @org.junit.jupiter.api.AfterEach
    void samples() throws IOException {
        cases();
    }

    @Test
    void a_meeting_ref_twice_is_an_error_of_the_second_line_and_changes_nothing() throws IOException {
        List<String> lines = Files.readAllLines(Samples.path("meetings-2026-10.csv"));
        String again = lines.get(1).replace("2026-10-28", "2026-10-29");
        String file = String.join("\n", lines) + "\n" + again + "\n";
        String before = meetings();

        ImportSummary summary = run(file, "meetings-2026-10.csv", ImportMode.STRICT);

        assertThat(summary.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(summary.rejection()).isEqualTo("import.rejected.invalid");
        assertThat(report(summary)).containsExactly((lines.size() + 1) + ":meeting_ref:import.error.duplicate-key:"
                + "meeting_ref\u001fM-461-00001\u001f2");
        assertThat(meetings()).isEqualTo(before);
        assertThat(ImportCommandLine.exitCode(summary)).as("rejected").isEqualTo(ImportCommandLine.REJECTED);
        assertThat(new ImportReportText(java.util.Locale.ENGLISH).line(imports.reportOf(summary.id()).getFirst()))
                .isEqualTo("Line " + (lines.size() + 1) + ", Column meeting_ref: meeting_ref M-461-00001 appears more "
                        + "than once in the file (first on line 2).");
    }

    @Test
    void in_lenient_mode_the_repeat_is_skipped_and_the_first_delivery_lands() throws IOException {
        List<String> lines = Files.readAllLines(Samples.path("meetings-2026-10.csv"));
        StringBuilder file = new StringBuilder(String.join("\n", lines)).append('\n');
        // the 1 % limit: enough rows that one repeat stays under it
        for (int i = 0; i < 120; i++) {
            file.append(lines.get(1).replace("M-461-00001", "M-461-9" + String.format("%04d", i))).append('\n');
        }
        file.append(lines.get(1).replace(",60,4", ",90,4")).append('\n');

        ImportSummary summary = run(file.toString(), "meetings-2026-10.csv", ImportMode.LENIENT);

        assertThat(summary.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(summary.rowsRejected()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT duration_minutes FROM network_meeting WHERE meeting_ref = 'M-461-00001'")
                .query(Integer.class).single()).as("the first delivery").isEqualTo(60);
    }

    @Test
    void a_self_assessment_element_twice_and_an_outcome_case_month_twice_are_errors_with_line_and_column()
            throws IOException {
        String assessments = Files.readString(Samples.path("self-assessments-2026-Q3.csv"));
        ImportSummary twice = run(assessments.stripTrailing() + "\n461,2026-Q3,e1,2,\n", "self-assessments-2026-Q3.csv",
                ImportMode.STRICT);
        long lastLine = assessments.stripTrailing().lines().count() + 1;
        assertThat(twice.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(report(twice)).containsExactly(lastLine + ":element:import.error.duplicate-key:"
                + "element\u001fE1 2026-Q3\u001f2");

        String outcomes = Files.readString(Samples.path("outcomes-2026-10.csv"));
        String second = outcomes.lines().skip(1).findFirst().orElseThrow().replace(",1,8,1,", ",2,9,1,");
        ImportSummary again = run(outcomes.stripTrailing() + "\n" + second + "\n", "outcomes-2026-10.csv",
                ImportMode.STRICT);
        assertThat(again.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(report(again)).containsExactly((outcomes.stripTrailing().lines().count() + 1)
                + ":case_ref:import.error.duplicate-key:case_ref\u001fODE-0001 2026-10\u001f2");
    }

    @Test
    void a_meeting_re_dated_into_the_next_month_moves_there() {
        // a case and months of their own, long before the demo programme, whose months other tests read
        assertThat(run("""
                case_ref,municipality_code,enrolled_on,status,ended_on,key_coordinator_sector,age_band
                MOVE-0001,461,2019-01-07,ENDED,2019-12-20,SOCIAL_SERVICES,35-44
                """, "cases-2019-01.csv", ImportMode.STRICT).status()).isEqualTo(ImportStatus.COMPLETED);
        String header = "meeting_ref,case_ref,municipality_code,held_on,meeting_type,sectors_present,citizen_present,"
                + "plan_status,actions_agreed,next_follow_up_on,duration_minutes,participants\n";
        assertThat(run(header + "M-MOVE-1,MOVE-0001,461,2019-05-28,INITIAL,SOCIAL_SERVICES,true,NEW,2,,60,4\n",
                "meetings-2019-05.csv", ImportMode.STRICT).status()).isEqualTo(ImportStatus.COMPLETED);

        ImportSummary june = run(header + "M-MOVE-1,MOVE-0001,461,2019-06-03,INITIAL,SOCIAL_SERVICES,true,NEW,2,,60,4\n",
                "meetings-2019-06.csv", ImportMode.STRICT);

        try {
            assertThat(june.status()).as(june.rejection()).isEqualTo(ImportStatus.COMPLETED);
            assertThat(jdbc.sql("SELECT held_on FROM network_meeting WHERE municipality_code = 461 AND meeting_ref = ?")
                    .param("M-MOVE-1").query(String.class).list()).as("moved, not doubled").containsExactly("2019-06-03");
        } finally {
            // the shared schema's Odense as the other tests know it
            jdbc.sql("DELETE FROM network_meeting WHERE municipality_code = 461 AND meeting_ref = 'M-MOVE-1'").update();
            for (String figures : List.of("case_month_figures", "meeting_month_figures", "meeting_sector_month_figures")) {
                jdbc.sql("DELETE FROM " + figures + " WHERE municipality_code = 461 AND period < '2020-01-01'").update();
            }
            jdbc.sql("DELETE FROM citizen_case WHERE municipality_code = 461 AND case_ref = 'MOVE-0001'").update();
        }
    }

    @Test
    void a_job_the_database_stops_with_a_deadlock_says_another_import_was_running() throws IOException {
        jdbc.sql("""
                CREATE TRIGGER test_deadlock BEFORE INSERT ON network_meeting FOR EACH ROW
                IF NEW.meeting_ref = 'M-461-00002' THEN
                    SIGNAL SQLSTATE '40001' SET MYSQL_ERRNO = 1213,
                        MESSAGE_TEXT = 'Deadlock found when trying to get lock; try restarting transaction';
                END IF""").update();
        ImportSummary summary;
        try (InputStream in = Files.newInputStream(Samples.path("meetings-2026-10.csv"))) {
            summary = imports.importAs("test", in, request("meetings-2026-10.csv", ImportMode.STRICT));
        } finally {
            jdbc.sql("DROP TRIGGER test_deadlock").update();
        }

        assertThat(summary.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(summary.rejection()).isEqualTo("import.failed.concurrent");
        assertThat(new ImportReportText(java.util.Locale.ENGLISH).text(summary.rejection()))
                .contains("Another import was running").contains("Run it again");
        assertThat(ImportCommandLine.exitCode(summary)).as("failed, not rejected").isEqualTo(ImportCommandLine.FAILED);
    }

    @Test
    void an_upload_cut_off_while_it_is_received_fails_saying_to_upload_it_again_and_leaves_no_half_file() {
        InputStream cutOff = new java.io.SequenceInputStream(new ByteArrayInputStream("meeting_ref,case_ref\n".getBytes(
                StandardCharsets.UTF_8)), new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("the browser went away");
                    }
                });
        long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM import_record").query(Long.class).single();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> imports.importAs("test", cutOff,
                request("meetings-2026-10.csv", ImportMode.STRICT))).isInstanceOf(java.io.UncheckedIOException.class);

        long id = jdbc.sql("SELECT MAX(id) FROM import_record").query(Long.class).single();
        assertThat(id).isGreaterThan(before);
        assertThat(jdbc.sql("SELECT CONCAT(status, ' ', rejection) FROM import_record WHERE id = ?").param(id)
                .query(String.class).single()).isEqualTo("FAILED import.failed.not-received");
        String file = jdbc.sql("""
                        SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p
                        JOIN import_record i ON i.job_execution_id = p.JOB_EXECUTION_ID
                        WHERE i.id = ? AND p.PARAMETER_NAME = 'file'""").param(id).query(String.class).single();
        assertThat(java.nio.file.Path.of(file)).doesNotExist();
        assertThat(java.nio.file.Path.of(file + ".part")).doesNotExist();
        assertThat(jdbc.sql("""
                        SELECT e.STATUS FROM BATCH_JOB_EXECUTION e JOIN import_record i ON i.job_execution_id = e.JOB_EXECUTION_ID
                        WHERE i.id = ?""").param(id).query(String.class).single()).isEqualTo("FAILED");
    }

    private List<String> report(ImportSummary summary) {
        return jdbc.sql("""
                        SELECT CONCAT(line_number, ':', column_name, ':', reason_key, ':', arguments)
                        FROM import_error WHERE import_id = ? ORDER BY position""")
                .param(summary.id()).query(String.class).list();
    }

    private String meetings() {
        return String.join("|", jdbc.sql("""
                SELECT CONCAT_WS(',', meeting_ref, held_on, duration_minutes) FROM network_meeting
                WHERE municipality_code = 461 ORDER BY meeting_ref""").query(String.class).list());
    }

    private ImportSummary run(String content, String name, ImportMode mode) {
        return imports.importAs("test", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                request(name, mode));
    }

    private static ImportService.ImportRequest request(String name, ImportMode mode) {
        return new ImportService.ImportRequest(name, FileKind.fromFileName(name).orElseThrow(),
                ProposedImport.fromFileName(name).orElseThrow().period(), mode);
    }
}
