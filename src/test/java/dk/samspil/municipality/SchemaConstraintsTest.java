package dk.samspil.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The database itself refuses data that breaks the domain's rules, whoever writes it. */
@SpringBootTest
@Transactional
class SchemaConstraintsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_22_municipalities_of_southern_denmark_are_reference_data() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM municipality WHERE region_code = 1083").query(Integer.class).single())
                .isEqualTo(22);
        assertThat(jdbc.sql("SELECT name FROM municipality WHERE code = 461").query(String.class).single())
                .isEqualTo("Odense");
        assertThat(jdbc.sql("SELECT name FROM municipality WHERE code = 492").query(String.class).single())
                .isEqualTo("Ærø");
    }

    @Test
    void a_case_in_an_unknown_municipality_is_refused() {
        assertThatThrownBy(() -> insertCase(999, "X-1", "2026-01-01", "ACTIVE", null))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_case_reference_that_looks_like_a_cpr_number_is_refused() {
        assertThatThrownBy(() -> insertCase(461, "010190-1234", "2026-01-01", "ACTIVE", null))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertCase(461, "0101901234", "2026-01-01", "ACTIVE", null))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void an_ended_case_needs_an_end_date_on_or_after_enrolment() {
        assertThatThrownBy(() -> insertCase(461, "T-END-1", "2026-01-01", "ENDED", null))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertCase(461, "T-END-2", "2026-01-01", "ENDED", "2025-12-31"))
                .isInstanceOf(DataIntegrityViolationException.class);
        insertCase(461, "T-END-3", "2026-01-01", "ENDED", "2026-03-01");
    }

    @Test
    void a_meeting_must_belong_to_a_case_of_its_own_municipality() {
        insertCase(461, "T-MEET-1", "2026-01-01", "ACTIVE", null);
        long caseId = jdbc.sql("SELECT id FROM citizen_case WHERE case_ref = 'T-MEET-1'").query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO network_meeting (case_id, municipality_code, meeting_ref, held_on, meeting_type,
                            citizen_present, plan_status, actions_agreed) VALUES (?, 563, 'T-M1', '2026-02-01', 'INITIAL', TRUE, 'NEW', 2)""")
                .param(caseId).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void outcome_figures_outside_their_ranges_are_refused() {
        insertCase(461, "T-OUT-1", "2026-01-01", "ACTIVE", null);
        long caseId = jdbc.sql("SELECT id FROM citizen_case WHERE case_ref = 'T-OUT-1'").query(Long.class).single();
        String insert = """
                INSERT INTO monthly_outcome (case_id, period, psychiatric_admissions, bed_days, acute_readmissions_30d,
                    coherence_score) VALUES (?, ?, ?, ?, ?, ?)""";
        assertThatThrownBy(() -> jdbc.sql(insert).params(caseId, "2026-02-01", 1, 32, 0, 3.0).update())
                .as("more bed days than days in a month").isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql(insert).params(caseId, "2026-02-01", 1, 5, 2, 3.0).update())
                .as("more readmissions than admissions").isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql(insert).params(caseId, "2026-02-15", 1, 5, 0, 3.0).update())
                .as("a period that is not a month").isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql(insert).params(caseId, "2026-02-01", 1, 5, 0, 5.5).update())
                .as("coherence above the 1-5 scale").isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.sql(insert).params(caseId, "2026-02-01", 1, 5, 1, 4.5).update()).isEqualTo(1);
    }

    @Test
    void a_professional_must_have_a_municipality_and_a_sector() {
        String insert = """
                INSERT INTO app_user (username, display_name, password_hash, role, municipality_code, sector_code)
                VALUES (?, 'T', '{bcrypt}x', ?, ?, ?)""";
        assertThatThrownBy(() -> jdbc.sql(insert).params("t.prof1", "PROFESSIONAL", 461, null).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql(insert).params("t.lead1", "MUNICIPAL_LEAD", null, null).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql(insert).params("t.steer1", "STEERING", 461, null).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.sql(insert).params("t.prof2", "PROFESSIONAL", 461, "NGO").update()).isEqualTo(1);
    }

    @Test
    void a_survey_answer_outside_any_scale_and_a_self_assessment_outside_1_to_5_are_refused() {
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO core_element_assessment (municipality_code, year, quarter, element, score)
                        VALUES (461, 2026, 3, 'E1', 6)""").update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO core_element_assessment (municipality_code, year, quarter, element, score)
                        VALUES (461, 2026, 3, 'E7', 3)""").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private void insertCase(int municipality, String ref, String enrolledOn, String status, String endedOn) {
        jdbc.sql("""
                        INSERT INTO citizen_case (municipality_code, case_ref, enrolled_on, status, ended_on, key_coordinator_sector)
                        VALUES (?, ?, ?, ?, ?, 'SOCIAL_SERVICES')""")
                .params(municipality, ref, enrolledOn, status, endedOn)
                .update();
    }
}
