package dk.samspil.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.samspil.municipality.Sector;
import dk.samspil.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Answering through an invitation on the real database: once, completely, and anonymously. */
@SpringBootTest
class SurveyAnsweringTest {

    private static final int ODENSE = 461;

    @Autowired
    SurveyAnswering answering;
    @Autowired
    Invitations invitations;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_invitation_answers_the_pulse_once_and_the_answers_are_stored() {
        String token = invitation(Sector.JOB_CENTRE);
        SurveyForm form = ((SurveyOutcome.Ready) answering.open(token)).form();
        assertThat(form.items()).hasSize(14);
        assertThat(form.targetSector()).isNotEqualTo(Sector.JOB_CENTRE);
        long before = count("SELECT COUNT(*) FROM survey_response");

        SurveyOutcome stored = answering.submit(token, complete(form, 5));

        assertThat(stored).isInstanceOf(SurveyOutcome.Stored.class);
        assertThat(count("SELECT COUNT(*) FROM survey_response")).isEqualTo(before + 1);
        long responseId = count("SELECT MAX(id) FROM survey_response");
        assertThat(count("SELECT COUNT(*) FROM survey_answer WHERE response_id = " + responseId)).isEqualTo(14);
        assertThat(answering.open(token)).isEqualTo(new SurveyOutcome.Refused("survey.refused.used"));
        assertThat(answering.submit(token, complete(form, 5))).isEqualTo(new SurveyOutcome.Refused("survey.refused.used"));
        assertThat(count("SELECT COUNT(*) FROM survey_response")).isEqualTo(before + 1);
    }

    @Test
    void after_answering_the_respondent_sees_last_waves_figures_only_where_the_group_was_large_enough() {
        String token = invitation(Sector.PSYCHIATRY);
        SurveyForm form = ((SurveyOutcome.Ready) answering.open(token)).form();
        SurveyOutcome.Stored stored = (SurveyOutcome.Stored) answering.submit(token, complete(form, 4));
        assertThat(stored.lastWave()).containsKeys(Construct.PSYCHOLOGICAL_SAFETY, Construct.RELATIONAL_COORDINATION);
        stored.lastWave().values().forEach(score -> assertThat(score.suppressed()).isEqualTo(score.n() < 5));
    }

    @Test
    void an_incomplete_or_off_scale_answer_set_stores_nothing() {
        String token = invitation(Sector.NGO);
        SurveyForm form = ((SurveyOutcome.Ready) answering.open(token)).form();
        long before = count("SELECT COUNT(*) FROM survey_response");
        Map<Long, Optional<Integer>> partial = new LinkedHashMap<>(complete(form, 4).answers());
        partial.remove(form.items().getFirst().item().id());

        assertThat(answering.submit(token, new AnswerSet(form.targetSector(), partial)))
                .isEqualTo(new SurveyOutcome.Invalid("survey.invalid.unanswered"));
        assertThat(answering.submit(token, complete(form, 9))).isEqualTo(new SurveyOutcome.Invalid("survey.invalid.scale"));
        assertThat(count("SELECT COUNT(*) FROM survey_response")).isEqualTo(before);
        assertThat(answering.open(token)).isInstanceOf(SurveyOutcome.Ready.class);
    }

    @Test
    void a_signed_in_professional_answers_the_open_wave_in_the_app_once() {
        SignIn.as(users, "fagperson.odense");
        SurveyForm form = ((SurveyOutcome.Ready) answering.openForSignedInProfessional()).form();
        assertThat(form.sector()).isEqualTo(Sector.SOCIAL_SERVICES);
        long before = count("SELECT COUNT(*) FROM survey_response");

        assertThat(answering.submitAsSignedInProfessional(form.waveId(), complete(form, 3))).isInstanceOf(SurveyOutcome.Stored.class);

        assertThat(count("SELECT COUNT(*) FROM survey_response")).isEqualTo(before + 1);
        assertThat(answering.openForSignedInProfessional()).isEqualTo(new SurveyOutcome.Refused("survey.refused.answered"));
        assertThat(answering.submitAsSignedInProfessional(form.waveId(), complete(form, 3)))
                .isEqualTo(new SurveyOutcome.Refused("survey.refused.answered"));
        assertThat(count("SELECT COUNT(*) FROM survey_response")).isEqualTo(before + 1);
    }

    @Test
    void only_professionals_answer_in_the_app() {
        SignIn.as(users, "styregruppe");
        assertThatThrownBy(() -> answering.openForSignedInProfessional()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_made_up_token_is_refused_without_storing_anything() {
        assertThat(answering.open("not-a-token")).isEqualTo(new SurveyOutcome.Refused("survey.refused.unknown"));
        assertThat(answering.open("A".repeat(32))).isEqualTo(new SurveyOutcome.Refused("survey.refused.unknown"));
        assertThat(answering.submit("A".repeat(32), new AnswerSet(Sector.NGO, Map.of())))
                .isEqualTo(new SurveyOutcome.Refused("survey.refused.unknown"));
    }

    @Test
    void a_municipal_lead_cannot_make_invitations_for_another_municipality() {
        SignIn.as(users, "leder.fanoe");
        assertThatThrownBy(() -> invitations.create(openWave(), ODENSE, Sector.NGO, 3))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_answer_set_cannot_be_joined_to_its_invitation_no_key_and_no_time_finer_than_a_day() {
        List<String> responseColumns = columns("survey_response");
        assertThat(responseColumns).noneMatch(column -> column.contains("invitation") || column.contains("token")
                || column.contains("user"));
        assertThat(columns("survey_answer")).noneMatch(column -> column.contains("invitation") || column.contains("user"));
        assertThat(timeTypes("survey_response")).allMatch("date"::equals);
        assertThat(timeTypes("survey_answer")).isEmpty();
        assertThat(timeTypes("survey_invitation")).allMatch("date"::equals);
        assertThat(timeTypes("survey_participation")).isEmpty();
        assertThat(count("""
                SELECT COUNT(*) FROM information_schema.KEY_COLUMN_USAGE
                WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME IS NOT NULL
                  AND ((TABLE_NAME IN ('survey_response', 'survey_answer') AND REFERENCED_TABLE_NAME IN
                        ('survey_invitation', 'app_user', 'survey_participation'))
                    OR (TABLE_NAME IN ('survey_invitation', 'survey_participation') AND REFERENCED_TABLE_NAME IN
                        ('survey_response', 'survey_answer')))""")).isZero();
    }

    private String invitation(Sector sector) {
        SignIn.as(users, "leder.odense");
        String token = invitations.create(openWave(), ODENSE, sector, 1).getFirst();
        SignIn.out();
        return token;
    }

    private long openWave() {
        return jdbc.sql("""
                        SELECT w.id FROM survey_wave w JOIN survey_wave_municipality m ON m.wave_id = w.id
                        WHERE w.status = 'OPEN' AND m.municipality_code = ? ORDER BY w.id DESC LIMIT 1""")
                .param(ODENSE).query(Long.class).single();
    }

    private static AnswerSet complete(SurveyForm form, int score) {
        Map<Long, Optional<Integer>> answers = new LinkedHashMap<>();
        form.items().forEach(asked -> answers.put(asked.item().id(), Optional.of(score)));
        return new AnswerSet(form.targetSector(), answers);
    }

    private List<String> columns(String table) {
        return jdbc.sql("SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?")
                .param(table).query(String.class).list();
    }

    private List<String> timeTypes(String table) {
        return jdbc.sql("""
                        SELECT DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?
                        AND DATA_TYPE IN ('date', 'datetime', 'timestamp', 'time', 'year')""")
                .param(table).query(String.class).list();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
