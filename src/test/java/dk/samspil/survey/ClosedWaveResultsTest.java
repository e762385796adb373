package dk.samspil.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import dk.samspil.municipality.Sector;
import dk.samspil.security.NewUser;
import dk.samspil.security.Role;
import dk.samspil.security.UserAccounts;
import dk.samspil.support.SignIn;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Results only from closed waves (docs/decisions/0011), on the real database: while a wave is open
 * every output refuses its figures and only the response counts show; once it is closed its results
 * appear, and an answer that arrives later — by link or in the app — is refused and changes nothing.
 */
@SpringBootTest
class ClosedWaveResultsTest {

    private static final int KERTEMINDE = 440;
    private static final int ASSENS = 420;
    private static final int NYBORG = 450;

    @Autowired
    SurveyWaves waves;
    @Autowired
    Invitations invitations;
    @Autowired
    SurveyAnswering answering;
    @Autowired
    SurveyResults results;
    @Autowired
    SurveyResultsCsv csv;
    @Autowired
    CultureResults culture;
    @Autowired
    UserAccounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private final List<Long> made = new ArrayList<>();

    @AfterEach
    void moveTheWavesOutOfTheWay() {
        SignIn.out();
        // closed waves of next month would be the newest for every other test of this run
        made.forEach(wave -> jdbc.sql("UPDATE survey_wave SET period = '2001-01-01' WHERE id = ? AND status = 'CLOSED'")
                .param(wave).update());
    }

    @Test
    void an_open_wave_shows_how_many_answered_and_nothing_derived_from_the_answers() {
        long wave = openWave(KERTEMINDE);
        List<String> links = links(wave, KERTEMINDE, Sector.PSYCHIATRY, 8);
        List<SurveyOutcome> thanks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            thanks.add(answer(links.get(i), 2 + i % 5));
        }

        assertThat(thanks).as("the sixth is thanked with the same words and figures as the first").containsOnly(thanks.getFirst());
        SignIn.as(users, "data");
        YearMonth month = YearMonth.now().plusMonths(1);
        for (ThrowingCallable figures : List.<ThrowingCallable>of(
                () -> results.municipalityComparison(wave, Construct.PSYCHOLOGICAL_SAFETY),
                () -> results.municipalityScores(wave, KERTEMINDE),
                () -> results.sectorScores(wave, KERTEMINDE, Construct.ROLE_CLARITY),
                () -> results.ties(wave, KERTEMINDE),
                () -> results.itemDistributions(wave, KERTEMINDE, Construct.PSYCHOLOGICAL_SAFETY, null),
                () -> results.itemDistribution(wave, KERTEMINDE, "PS1"),
                () -> culture.municipalityComparison(wave, Construct.RELATIONAL_COORDINATION),
                () -> culture.sectorScores(wave, KERTEMINDE, Construct.PSYCHOLOGICAL_SAFETY),
                () -> csv.municipalityComparison(wave, Locale.of("da"), key -> key))) {
            assertThatThrownBy(figures).isInstanceOf(SurveyProblem.class).hasMessage("survey.problem.results-while-open");
        }
        assertThat(results.closedWaves()).noneMatch(closed -> closed.id() == wave);
        assertThat(results.trend(KERTEMINDE, Construct.PSYCHOLOGICAL_SAFETY, month, month)).isEmpty();
        assertThat(results.programmeTrend(Construct.PSYCHOLOGICAL_SAFETY, month, month)).isEmpty();
        professional(KERTEMINDE, "PSYCHIATRY");
        assertThat(results.responseCounts(wave)).as("6 of 8 links; the sector answers by link, so its accounts do not count")
                .containsExactly(
                new ResponseCount(KERTEMINDE, "PSYCHIATRY", 6, false, 75));

        waves.close(wave);

        assertThat(results.closedWaves()).anyMatch(closed -> closed.id() == wave);
        GroupScore kerteminde = results.municipalityScores(wave, KERTEMINDE).get(Construct.PSYCHOLOGICAL_SAFETY);
        assertThat(kerteminde.n()).isEqualTo(6);
        assertThat(kerteminde.mean()).isNotNull();
        assertThat(csv.municipalityComparison(wave, Locale.of("da"), key -> key))
                .contains("440;Kerteminde;construct.PSYCHOLOGICAL_SAFETY;6;");
    }

    @Test
    void an_answer_that_arrives_after_closing_is_refused_by_link_and_in_the_app_and_the_results_stay() {
        long wave = openWave(ASSENS);
        List<String> links = links(wave, ASSENS, Sector.PSYCHIATRY, 7);
        for (int i = 0; i < 6; i++) {
            answer(links.get(i), 3 + i % 4);
        }
        String late = links.get(6);
        SurveyForm byLink = ((SurveyOutcome.Ready) answering.open(late)).form();
        SignIn.as(users, professional(ASSENS));
        SurveyForm inApp = ((SurveyOutcome.Ready) answering.openForSignedInProfessional()).form();
        assertThat(inApp.waveId()).as("the professional's form is for the new wave").isEqualTo(wave);
        SignIn.out();
        long demoWave = jdbc.sql("""
                        SELECT w.id FROM survey_wave w JOIN survey_wave_municipality m ON m.wave_id = w.id
                        WHERE w.status = 'OPEN' AND m.municipality_code = ? AND w.id <> ? ORDER BY w.id LIMIT 1""")
                .params(ASSENS, wave).query(Long.class).single();
        long inDemoWave = responses(demoWave);
        SignIn.as(users, "data");
        waves.close(wave);
        String published = everything(wave);
        SignIn.out();

        assertThat(answering.submit(late, complete(byLink, 1))).isEqualTo(new SurveyOutcome.Refused("survey.refused.closed"));
        assertThat(answering.open(late)).isEqualTo(new SurveyOutcome.Refused("survey.refused.closed"));
        SignIn.as(users, professional(ASSENS));
        assertThat(answering.submitAsSignedInProfessional(inApp.waveId(), complete(inApp, 1)))
                .as("not even into the month's other open wave").isEqualTo(new SurveyOutcome.Refused("survey.refused.closed"));
        SignIn.out();

        assertThat(responses(wave)).isEqualTo(6);
        assertThat(responses(demoWave)).isEqualTo(inDemoWave);
        SignIn.as(users, "data");
        assertThat(everything(wave)).as("every figure of the closed wave, as before the late answers").isEqualTo(published);
    }

    @Test
    void closing_waits_for_an_answer_under_way_and_publishes_it_with_the_others() throws Exception {
        long wave = openWave(NYBORG);
        List<String> links = links(wave, NYBORG, Sector.PSYCHIATRY, 6);
        for (int i = 0; i < 5; i++) {
            answer(links.get(i), 3);
        }
        SurveyForm sixth = ((SurveyOutcome.Ready) answering.open(links.get(5))).form();
        CountDownLatch stored = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        // the sixth answer is stored but not yet committed when the lead closes the wave
        Thread answer = new Thread(() -> {
            try {
                transactions.executeWithoutResult(status -> {
                    assertThat(answering.submit(links.get(5), complete(sixth, 5))).isInstanceOf(SurveyOutcome.Stored.class);
                    stored.countDown();
                    await(commit);
                });
            } catch (Throwable failure) {
                failures.add(failure);
                stored.countDown();
            }
        });
        Thread close = new Thread(() -> {
            try {
                SignIn.as(users, "data");
                waves.close(wave);
            } catch (Throwable failure) {
                failures.add(failure);
            } finally {
                SignIn.out();
            }
        });
        answer.start();
        await(stored);
        close.start();
        // InnoDB refreshes INNODB_TRX only when it was last read over 0.1 s ago: poll more slowly
        while (close.isAlive() && waitingForALock() == 0) {
            Thread.sleep(250);
        }
        commit.countDown();
        answer.join();
        close.join();

        assertThat(failures).isEmpty();
        SignIn.as(users, "data");
        assertThat(results.municipalityScores(wave, NYBORG).get(Construct.PSYCHOLOGICAL_SAFETY).n())
                .as("the answer under way is in the closed wave's results").isEqualTo(6);
    }

    private long waitingForALock() {
        return jdbc.sql("SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'")
                .query(Long.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every output of a wave, as text. */
    private String everything(long wave) {
        StringBuilder all = new StringBuilder(csv.municipalityComparison(wave, Locale.of("da"), key -> key));
        for (Construct construct : Construct.values()) {
            all.append(results.municipalityComparison(wave, construct)).append(results.sectorScores(wave, ASSENS, construct))
                    .append(results.itemDistributions(wave, ASSENS, construct, null));
        }
        return all.append(results.ties(wave, ASSENS)).append(results.municipalityScores(wave, ASSENS)).toString();
    }

    private long openWave(int municipality) {
        SignIn.as(users, "data");
        try {
            long wave = waves.open(YearMonth.now().plusMonths(1), WaveKind.PULSE, Set.of(municipality));
            made.add(wave);
            return wave;
        } finally {
            SignIn.out();
        }
    }

    private List<String> links(long wave, int municipality, Sector sector, int count) {
        SignIn.as(users, "data");
        try {
            return invitations.create(wave, municipality, sector, count);
        } finally {
            SignIn.out();
        }
    }

    private SurveyOutcome answer(String link, int score) {
        SurveyForm form = ((SurveyOutcome.Ready) answering.open(link)).form();
        SurveyOutcome outcome = answering.submit(link, complete(form, score));
        assertThat(outcome).isInstanceOf(SurveyOutcome.Stored.class);
        return outcome;
    }

    private String professional(int municipality) {
        return professional(municipality, "SOCIAL_SERVICES");
    }

    private String professional(int municipality, String sector) {
        String username = "fagperson.closed." + municipality + ("SOCIAL_SERVICES".equals(sector) ? "" : "." + sector.toLowerCase());
        if (accounts.find(username).isEmpty()) {
            accounts.create(new NewUser(username, "Fagperson (test)", "samspil-test", Role.PROFESSIONAL, municipality,
                    sector));
        }
        return username;
    }

    private long responses(long wave) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE wave_id = ?").param(wave).query(Long.class).single();
    }

    private static AnswerSet complete(SurveyForm form, int score) {
        Map<Long, Optional<Integer>> answers = new LinkedHashMap<>();
        form.items().forEach(asked -> answers.put(asked.item().id(),
                Optional.of(Math.max(asked.instrument().scaleMin(), Math.min(asked.instrument().scaleMax(), score)))));
        return new AnswerSet(form.targetSector(), answers);
    }
}
