package dk.samspil.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.samspil.municipality.Sector;
import dk.samspil.support.SignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * One answer per person per wave (issue 10 item 3): a sector answers a wave through links or in the
 * app, never both, so a professional with an account and a link cannot answer twice — in either
 * order, and however the channel is switched around them.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneChannelPerSectorTest {

    /** A programme municipality no other test answers in. */
    private static final int LANGELAND = 482;

    @Autowired
    SurveyAnswering answering;
    @Autowired
    Invitations invitations;
    @Autowired
    AnswerChannels channels;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private final List<Long> waves = new ArrayList<>();
    private final List<String> usernames = new ArrayList<>();

    /** Each test's wave is closed after it, so the next test's wave is the newest open one of Langeland. */
    @AfterEach
    void signOutAndClose() {
        SignIn.out();
        waves.forEach(id -> jdbc.sql("UPDATE survey_wave SET status = 'CLOSED', closed_on = opened_on WHERE id = ?")
                .param(id).update());
    }

    @AfterAll
    void remove_what_this_test_made() {
        for (long id : waves) {
            jdbc.sql("DELETE FROM survey_response WHERE wave_id = ?").param(id).update();
            jdbc.sql("DELETE FROM survey_invitation WHERE wave_id = ?").param(id).update();
            jdbc.sql("DELETE FROM survey_participation WHERE wave_id = ?").param(id).update();
            jdbc.sql("DELETE FROM survey_wave WHERE id = ?").param(id).update();
        }
        usernames.forEach(username -> jdbc.sql("DELETE FROM app_user WHERE username = ?").param(username).update());
    }

    @Test
    void a_professional_who_answered_in_the_app_cannot_answer_the_same_wave_by_link() {
        long wave = openWave(1);
        String professional = professional("kanal.app", Sector.SOCIAL_SERVICES);
        // links made first fix links as the channel; the link is opened; then the data manager
        // switches the sector to the app, which is allowed while nobody has answered
        SignIn.as(users, "data");
        String link = invitations.create(wave, LANGELAND, Sector.SOCIAL_SERVICES, 1).getFirst();
        assertThat(channels.of(wave, LANGELAND)).containsEntry(Sector.SOCIAL_SERVICES,
                new ChannelChoice(AnswerChannel.LINKS, false));
        SignIn.out();
        SurveyForm linkForm = ((SurveyOutcome.Ready) answering.open(link)).form();
        SignIn.as(users, "data");
        channels.choose(wave, LANGELAND, Sector.SOCIAL_SERVICES, AnswerChannel.APP);
        SignIn.out();

        SignIn.as(users, professional);
        SurveyForm form = ((SurveyOutcome.Ready) answering.openForSignedInProfessional()).form();
        assertThat(answering.submitAsSignedInProfessional(form.waveId(), complete(form))).isInstanceOf(SurveyOutcome.Stored.class);
        SignIn.out();

        assertThat(answering.open(link)).isEqualTo(new SurveyOutcome.Refused("survey.refused.channel-app"));
        assertThat(answering.submit(link, complete(linkForm))).isEqualTo(new SurveyOutcome.Refused("survey.refused.channel-app"));
        SignIn.as(users, "data");
        assertThatThrownBy(() -> channels.choose(wave, LANGELAND, Sector.SOCIAL_SERVICES, AnswerChannel.LINKS))
                .isInstanceOf(SurveyProblem.class).hasMessage("survey.problem.channel-fixed");
        assertThatThrownBy(() -> invitations.create(wave, LANGELAND, Sector.SOCIAL_SERVICES, 1))
                .isInstanceOf(SurveyProblem.class).hasMessage("survey.problem.channel-app");
        assertThat(channels.of(wave, LANGELAND)).containsEntry(Sector.SOCIAL_SERVICES,
                new ChannelChoice(AnswerChannel.APP, true));
        assertThat(answers(wave)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_invitation WHERE wave_id = ? AND used").param(wave)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_professional_who_answered_by_link_cannot_answer_the_same_wave_in_the_app() {
        long wave = openWave(2);
        String professional = professional("kanal.link", Sector.JOB_CENTRE);
        SignIn.as(users, "data");
        channels.choose(wave, LANGELAND, Sector.JOB_CENTRE, AnswerChannel.APP);
        channels.choose(wave, LANGELAND, Sector.JOB_CENTRE, AnswerChannel.LINKS);
        String link = invitations.create(wave, LANGELAND, Sector.JOB_CENTRE, 1).getFirst();
        SignIn.out();
        SignIn.as(users, professional);
        assertThat(answering.openForSignedInProfessional()).as("links chosen: the app refuses even before anyone answered")
                .isEqualTo(new SurveyOutcome.Refused("survey.refused.channel-links"));
        SignIn.out();

        SurveyForm form = ((SurveyOutcome.Ready) answering.open(link)).form();
        assertThat(answering.submit(link, complete(form))).isInstanceOf(SurveyOutcome.Stored.class);

        SignIn.as(users, professional);
        assertThat(answering.openForSignedInProfessional())
                .isEqualTo(new SurveyOutcome.Refused("survey.refused.channel-links"));
        assertThat(answering.submitAsSignedInProfessional(form.waveId(), complete(form)))
                .isEqualTo(new SurveyOutcome.Refused("survey.refused.channel-links"));
        SignIn.as(users, "data");
        assertThatThrownBy(() -> channels.choose(wave, LANGELAND, Sector.JOB_CENTRE, AnswerChannel.APP))
                .isInstanceOf(SurveyProblem.class).hasMessage("survey.problem.channel-fixed");
        assertThat(answers(wave)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_participation WHERE wave_id = ?").param(wave)
                .query(Long.class).single()).isZero();
    }

    @Test
    void the_first_answer_in_the_app_fixes_the_app_and_then_no_links_can_be_made() {
        long wave = openWave(3);
        String professional = professional("kanal.first", Sector.NGO);
        SignIn.as(users, professional);
        SurveyForm form = ((SurveyOutcome.Ready) answering.openForSignedInProfessional()).form();
        assertThat(answering.submitAsSignedInProfessional(form.waveId(), complete(form))).isInstanceOf(SurveyOutcome.Stored.class);
        SignIn.as(users, "data");
        assertThatThrownBy(() -> invitations.create(wave, LANGELAND, Sector.NGO, 3))
                .isInstanceOf(SurveyProblem.class).hasMessage("survey.problem.channel-app");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_invitation WHERE wave_id = ?").param(wave)
                .query(Long.class).single()).isZero();
        // another sector of the same municipality is still free to answer by link
        assertThat(invitations.create(wave, LANGELAND, Sector.PSYCHIATRY, 2)).hasSize(2);
    }

    @Test
    void only_the_data_manager_and_the_municipalitys_own_lead_choose_and_not_in_a_closed_wave() {
        long wave = openWave(4);
        SignIn.as(users, "leder.odense");
        assertThatThrownBy(() -> channels.choose(wave, LANGELAND, Sector.NGO, AnswerChannel.APP))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> channels.of(wave, LANGELAND)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "styregruppe");
        assertThatThrownBy(() -> channels.choose(wave, LANGELAND, Sector.NGO, AnswerChannel.APP))
                .isInstanceOf(AccessDeniedException.class);
        jdbc.sql("UPDATE survey_wave SET status = 'CLOSED', closed_on = opened_on WHERE id = ?").param(wave).update();
        SignIn.as(users, "data");
        assertThatThrownBy(() -> channels.choose(wave, LANGELAND, Sector.NGO, AnswerChannel.APP))
                .isInstanceOf(SurveyProblem.class).hasMessage("survey.problem.wave-closed");
        assertThat(channels.of(wave, LANGELAND)).isEmpty();
    }

    private static AnswerSet complete(SurveyForm form) {
        Map<Long, Optional<Integer>> answers = new LinkedHashMap<>();
        form.items().forEach(asked -> answers.put(asked.item().id(), Optional.of(asked.instrument().scaleMin())));
        return new AnswerSet(form.targetSector(), answers);
    }

    private long answers(long wave) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE wave_id = ?").param(wave).query(Long.class).single();
    }

    /** A wave of its own for each test, newer than the demo's, so Langeland's professionals answer it. */
    private long openWave(int month) {
        long id = TestWaves.openWave(jdbc, LocalDate.of(2042, month, 1), LANGELAND);
        waves.add(id);
        return id;
    }

    private String professional(String username, Sector sector) {
        usernames.add(username);
        TestWaves.professional(jdbc, username, LANGELAND, sector);
        return username;
    }
}
