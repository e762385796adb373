package dk.samspil.importing.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-row checks of each kind: the contract's table and the schema's CHECK constraints. */
class RowChecksTest {

    private static final String CASES = "case_ref,municipality_code,enrolled_on,status,ended_on,key_coordinator_sector,age_band";
    private static final String MEETINGS = "meeting_ref,case_ref,municipality_code,held_on,meeting_type,sectors_present,"
            + "citizen_present,plan_status,actions_agreed,next_follow_up_on,duration_minutes,participants";
    private static final String MEETING = "M-1,ODE-0001,461,2026-10-28,INITIAL,SOC,true,NEW,2,2026-12-15,60,4";
    private static final String OUTCOMES = "case_ref,municipality_code,period,psychiatric_admissions,bed_days,"
            + "acute_readmissions_30d,coherence_score";
    private static final String SURVEY = "response_ref,wave,municipality_code,sector,item_code,score";
    private static final String ASSESSMENTS = " Kommunekode ;kvartal;KERNEELEMENT;SCORE;bemaerkning";

    @TempDir
    Path dir;

    @Test
    void one_invalid_row_is_named_by_line_column_and_value() throws IOException {
        List<RowError> errors = errors(FileKind.MEETINGS, MEETINGS, MEETING, MEETING.replace("2026-10-28", "2026-13-01"));

        assertThat(errors).containsExactly(RowError.of(3, "held_on", "import.error.not-a-date", "held_on", "2026-13-01"));
    }

    @Test
    void the_column_is_named_as_the_file_names_it() throws IOException {
        List<RowError> errors = errors(FileKind.SELF_ASSESSMENTS, ASSESSMENTS, "461;2026K3;E1;6;");

        assertThat(errors).containsExactly(RowError.of(2, "SCORE", "import.error.out-of-range", "SCORE", "6", "1", "5"));
    }

    @Test
    void an_ended_case_needs_an_end_date_on_or_after_its_enrolment_and_only_an_ended_one_has_one() throws IOException {
        assertThat(keys(FileKind.CASES, CASES, "ODE-1,461,2025-01-01,afsluttet,,PSY,")).containsExactly(
                "ended_on import.error.required-when-ended");
        assertThat(keys(FileKind.CASES, CASES, "ODE-1,461,2025-01-01,ACTIVE,2025-06-01,PSY,")).containsExactly(
                "ended_on import.error.only-when-ended");
        assertThat(keys(FileKind.CASES, CASES, "ODE-1,461,2025-01-01,ENDED,2024-12-31,PSY,")).containsExactly(
                "ended_on import.error.ended-before-enrolled");
        assertThat(keys(FileKind.CASES, CASES, "ODE-1,461,2025-01-01,ENDED,2025-01-01,PSY,")).isEmpty();
    }

    @Test
    void a_case_row_checks_reference_length_municipality_status_sector_and_age_band() throws IOException {
        assertThat(keys(FileKind.CASES, CASES, "X".repeat(33) + ",461,2025-01-01,ACTIVE,,PSY,")).containsExactly(
                "case_ref import.error.too-long");
        assertThat(keys(FileKind.CASES, CASES, "ODE-1,999,2025-01-01,closed,,PSYK,37", "ODE-2,46,2025-01-01,ACTIVE,,SOC,"))
                .containsExactly("municipality_code import.error.unknown-municipality", "status import.error.unknown-code",
                        "key_coordinator_sector import.error.unknown-sector", "age_band import.error.unknown-code",
                        "municipality_code import.error.out-of-range");
        assertThat(keys(FileKind.CASES, CASES, ",461,,ACTIVE,,PSY,")).containsExactly(
                "case_ref import.error.required", "enrolled_on import.error.required");
    }

    @Test
    void a_meeting_may_not_be_in_the_future_nor_have_its_follow_up_before_it() throws IOException {
        assertThat(keys(FileKind.MEETINGS, MEETINGS, MEETING.replace("2026-10-28", "2026-11-06")
                .replace("2026-12-15", "2026-12-24"))).containsExactly("held_on import.error.in-the-future");
        assertThat(keys(FileKind.MEETINGS, MEETINGS, MEETING.replace("2026-12-15", "2026-10-28"))).containsExactly(
                "next_follow_up_on import.error.follow-up-not-after-meeting");
    }

    @Test
    void a_meeting_checks_its_ranges_and_codes() throws IOException {
        String row = "M-1,ODE-0001,461,2026-10-28,weekly,,maybe,old,-1,,0,41";

        assertThat(keys(FileKind.MEETINGS, MEETINGS, row)).containsExactly("meeting_type import.error.unknown-code",
                "sectors_present import.error.required", "citizen_present import.error.not-a-boolean",
                "plan_status import.error.unknown-code", "actions_agreed import.error.out-of-range",
                "duration_minutes import.error.out-of-range", "participants import.error.out-of-range");
    }

    @Test
    void a_meeting_names_each_unknown_sector_and_keeps_each_known_one_once() throws IOException {
        assertThat(keys(FileKind.MEETINGS, MEETINGS, MEETING.replace(",SOC,", ",PSY|X+SOC,"))).containsExactly(
                "sectors_present import.error.unknown-sector");
        List<ImportLine> lines = TestFiles.validLines(TestFiles.write(dir, TestFiles.csv(MEETINGS,
                MEETING.replace(",SOC,", ",PSY | psykiatri+socialområdet|,"))), FileKind.MEETINGS);
        assertThat(((MeetingLine) lines.getFirst()).sectorsPresent()).containsExactly(
                dk.samspil.municipality.Sector.PSYCHIATRY, dk.samspil.municipality.Sector.SOCIAL_SERVICES);
    }

    @Test
    void a_meeting_must_belong_to_a_known_case_and_not_precede_its_enrolment() throws IOException {
        assertThat(keys(FileKind.MEETINGS, MEETINGS, MEETING.replace("ODE-0001", "ODE-9999"))).containsExactly(
                "case_ref import.error.unknown-case");
        assertThat(keys(FileKind.MEETINGS, MEETINGS, MEETING.replace("ODE-0001,461", "FAN-0001,563")
                .replace("2026-10-28", "2025-09-03"))).containsExactly("held_on import.error.before-enrolment");
    }

    @Test
    void outcome_figures_keep_their_ranges_and_readmissions_never_exceed_admissions() throws IOException {
        assertThat(keys(FileKind.OUTCOMES, OUTCOMES, "ODE-0001,461,2026-10,1,32,2,\"5,5\"")).containsExactly(
                "bed_days import.error.out-of-range", "coherence_score import.error.out-of-range",
                "acute_readmissions_30d import.error.readmissions-exceed-admissions");
        assertThat(keys(FileKind.OUTCOMES, OUTCOMES, "ODE-0001,461,2026-10,1,3,0,\"3,25\"")).containsExactly(
                "coherence_score import.error.too-many-decimals");
        assertThat(keys(FileKind.OUTCOMES, OUTCOMES, "ODE-0001,461,13-2026,x,3,0,")).containsExactly(
                "period import.error.not-a-month", "psychiatric_admissions import.error.not-a-number");
    }

    @Test
    void a_survey_score_must_lie_in_its_items_scale_and_the_item_must_be_known() throws IOException {
        assertThat(keys(FileKind.SURVEY_RESPONSES, SURVEY, "R1,2026-10,461,PSY,RC1,6", "R1,2026-10,461,PSY,PS1,7",
                "R1,2026-10,461,PSY,XX9,3")).containsExactly("score import.error.out-of-range",
                "item_code import.error.unknown-item");
    }

    @Test
    void a_self_assessment_checks_its_element_score_note_and_quarter() throws IOException {
        assertThat(keys(FileKind.SELF_ASSESSMENTS, ASSESSMENTS, "461;1999K3;E7;0;" + "n".repeat(2001)))
                .containsExactly("KERNEELEMENT import.error.unknown-code", "SCORE import.error.out-of-range",
                        "bemaerkning import.error.too-long", "kvartal import.error.out-of-range");
        assertThat(keys(FileKind.SELF_ASSESSMENTS, ASSESSMENTS, "461;2026-q3;e6;5;" + "n".repeat(2000))).isEmpty();
    }

    @Test
    void rows_outside_the_files_period_are_invalid_when_the_period_is_given() throws IOException {
        Path file = TestFiles.write(dir, TestFiles.csv(OUTCOMES, "ODE-0001,461,2026-10,0,0,0,", "ODE-0002,461,2026-09,0,0,0,"));

        ValidationReport report = new FileValidation(new FakeReferences()).validate(file, FileKind.OUTCOMES,
                ImportMode.STRICT, TestFiles.TODAY, ImportPeriod.ofMonth(YearMonth.of(2026, 10)));

        assertThat(report.errors()).containsExactly(
                RowError.of(3, "period", "import.error.outside-period", "period", "2026-09", "2026-10"));
    }

    private List<RowError> errors(FileKind kind, String header, String... rows) throws IOException {
        return TestFiles.validate(TestFiles.write(dir, TestFiles.csv(header, rows)), kind, ImportMode.STRICT).errors();
    }

    /** Each error as "column key", in file order. */
    private List<String> keys(FileKind kind, String header, String... rows) throws IOException {
        return errors(kind, header, rows).stream().map(error -> error.column() + " " + error.reasonKey()).toList();
    }
}
