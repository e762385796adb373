package dk.samspil.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import dk.samspil.municipality.Sector;
import dk.samspil.support.SignIn;
import dk.samspil.survey.AnswerSet;
import dk.samspil.survey.Invitations;
import dk.samspil.survey.SurveyAnswering;
import dk.samspil.survey.SurveyForm;
import dk.samspil.survey.SurveyOutcome;
import dk.samspil.survey.SurveyWaves;
import dk.samspil.survey.WaveKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Whoever holds an invitation link (the lead who mail-merged them) learns from opening it nothing
 * the person it was meant for does not need: a used link says "used" in the same words whether it
 * was used a second ago or days ago, and the page does not change as others answer.
 */
@SpringBootTest
@ViewPackages(packages = "dk.samspil")
class InvitationLinkIsNoOracleTest extends SpringBrowserlessTest {

    private static final int NORDFYNS = 480;

    @Autowired
    SurveyWaves waves;
    @Autowired
    Invitations invitations;
    @Autowired
    SurveyAnswering answering;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private Long wave;

    @AfterEach
    void closeTheWave() {
        if (wave != null) {
            SignIn.as(users, "data");
            waves.close(wave);
            SignIn.out();
            // a closed wave of next month would be the newest for every other test of this run
            jdbc.sql("UPDATE survey_wave SET period = '2001-02-01' WHERE id = ?").param(wave).update();
        }
    }

    @Test
    void a_link_used_days_ago_and_one_used_a_second_ago_open_the_same_page_which_others_answering_does_not_change() {
        SignIn.as(users, "data");
        wave = waves.open(YearMonth.now().plusMonths(1), WaveKind.PULSE, Set.of(NORDFYNS));
        List<String> links = invitations.create(wave, NORDFYNS, Sector.JOB_CENTRE, 8);
        SignIn.out();
        String daysAgo = links.get(0);
        String justNow = links.get(1);
        answer(daysAgo, 2);
        ageEveryDateOfTheWave(3);
        String pageOfDaysAgo = page(daysAgo);
        answer(justNow, 5);
        String pageOfJustNow = page(justNow);

        assertThat(answering.open(justNow)).isEqualTo(answering.open(daysAgo));
        assertThat(pageOfJustNow).isEqualTo(pageOfDaysAgo);
        assertThat(pageOfJustNow).contains("Linket er brugt").doesNotContainPattern("\\d");

        for (String other : links.subList(2, 7)) {
            answer(other, 4);
        }
        assertThat(page(daysAgo)).as("five more answers, past the anonymity threshold").isEqualTo(pageOfDaysAgo);
        assertThat(page(links.get(7))).as("an unused link shows the survey, no figures of the wave")
                .doesNotContain("Linket er brugt");
    }

    private String page(String link) {
        navigate("survey/" + link, SurveyView.class);
        return getCurrentView().getElement().getTextRecursively();
    }

    private void answer(String link, int score) {
        SurveyForm form = ((SurveyOutcome.Ready) answering.open(link)).form();
        Map<Long, Optional<Integer>> answers = new LinkedHashMap<>();
        form.items().forEach(asked -> answers.put(asked.item().id(), Optional.of(score)));
        assertThat(answering.submit(link, new AnswerSet(form.targetSector(), answers))).isInstanceOf(SurveyOutcome.Stored.class);
    }

    /**
     * Whatever dates the invitations and the answers of the wave keep, moved back as if the first
     * link had been used days ago: read from the schema, so it holds for whatever columns there are.
     */
    private void ageEveryDateOfTheWave(int days) {
        for (String table : List.of("survey_invitation", "survey_response")) {
            List<String> dates = jdbc.sql("""
                            SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
                            AND TABLE_NAME = ? AND DATA_TYPE IN ('date', 'datetime', 'timestamp')""")
                    .param(table).query(String.class).list();
            for (String column : dates) {
                jdbc.sql("UPDATE " + table + " SET " + column + " = " + column + " - INTERVAL " + days
                        + " DAY WHERE wave_id = ? AND " + column + " IS NOT NULL").param(wave).update();
            }
        }
    }
}
