package dk.samspil.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dk.samspil.base.period.Period;
import dk.samspil.dashboard.OutcomeIndicator;
import dk.samspil.dashboard.OutcomeSeries;
import dk.samspil.dashboard.OutcomeStatistics;
import dk.samspil.dashboard.Scope;
import dk.samspil.statistics.RunChart;
import dk.samspil.statistics.RunChartAnalysis;
import dk.samspil.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Improvement actions on the demo programme: a lead's scope, the refusals, the review badge and the run chart. */
@SpringBootTest
class ImprovementActionsTest {

    private static final int ODENSE = 461;
    private static final int FANOE = 563;

    @Autowired
    ImprovementActions actions;
    @Autowired
    OutcomeStatistics outcomes;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @AfterEach
    void clean() {
        jdbc.sql("DELETE FROM improvement_action").update();
        SignIn.out();
    }

    @Test
    void a_lead_records_an_action_for_their_own_municipality_and_it_is_audited() {
        SignIn.as(users, "leder.odense");
        long allowed = audited(ImprovementActions.CREATE, "ALLOWED", "leder.odense");
        ActionSummary saved = actions.create(draft("Fælles morgenmøde med psykiatrien", ODENSE, today().minusMonths(1)));

        assertThat(actions.visible()).extracting(ActionSummary::id).containsExactly(saved.id());
        assertThat(audited(ImprovementActions.CREATE, "ALLOWED", "leder.odense")).isEqualTo(allowed + 1);
        ActionSummary changed = actions.update(saved.id(), ActionStatus.ACTIVE, today().plusMonths(2));
        assertThat(changed.status()).isEqualTo(ActionStatus.ACTIVE);
        assertThat(jdbc.sql("SELECT target FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1")
                .param(ImprovementActions.UPDATE).query(String.class).single())
                .contains("PLANNED review " + today().minusMonths(1).plusMonths(3)).contains("-> ACTIVE review " + today().plusMonths(2));
    }

    @Test
    void a_lead_cannot_record_for_another_municipality_or_the_programme_and_each_attempt_is_audited_denied() {
        SignIn.as(users, "leder.odense");
        long denied = audited(ImprovementActions.CREATE, "DENIED", "leder.odense");
        assertThatThrownBy(() -> actions.create(draft("Tiltag i Fanø", FANOE, today())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.create(draft("Tiltag for alle", null, today())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audited(ImprovementActions.CREATE, "DENIED", "leder.odense")).isEqualTo(denied + 2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM improvement_action").query(Long.class).single()).isZero();
    }

    @Test
    void a_lead_cannot_see_or_change_another_municipalitys_action() {
        SignIn.as(users, "styregruppe");
        ActionSummary fanoe = actions.create(draft("Netværksmøder hos borgeren", FANOE, today()));
        ActionSummary programme = actions.create(draft("Fælles skabelon for handleplaner", null, today()));

        SignIn.as(users, "leder.odense");
        long denied = audited(ImprovementActions.UPDATE, "DENIED", "leder.odense");
        assertThat(actions.visible()).extracting(ActionSummary::id).containsExactly(programme.id());
        assertThatThrownBy(() -> actions.update(fanoe.id(), ActionStatus.STOPPED, today()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.update(programme.id(), ActionStatus.STOPPED, today()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audited(ImprovementActions.UPDATE, "DENIED", "leder.odense")).isEqualTo(denied + 2);
        assertThat(jdbc.sql("SELECT status FROM improvement_action WHERE id = ?").param(fanoe.id())
                .query(String.class).single()).isEqualTo("PLANNED");
    }

    @Test
    void a_cpr_number_an_e_mail_or_a_phone_number_in_the_text_is_refused_and_not_stored() {
        SignIn.as(users, "leder.odense");
        for (String who : List.of("kontakt 010190-1234", "anne@odense.dk", "ring 20 30 40 50")) {
            ActionDraft personal = new ActionDraft("Hurtigere første møde", who, today(), today().plusMonths(1),
                    ActionStatus.PLANNED, ODENSE, Set.of("DAYS_TO_FIRST_MEETING"));
            assertThatThrownBy(() -> actions.create(personal)).isInstanceOfSatisfying(Refused.class,
                    refused -> assertThat(refused.reasonKey()).isEqualTo("actions.refused.personal"));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM improvement_action").query(Long.class).single()).isZero();
    }

    @Test
    void a_passed_review_is_overdue_while_the_action_runs_and_not_once_it_is_done() {
        SignIn.as(users, "leder.odense");
        ActionSummary late = actions.create(new ActionDraft("Opfølgning inden 14 dage", "teamleder", today().minusMonths(4),
                today().minusDays(1), ActionStatus.ACTIVE, ODENSE, Set.of("FOLLOW_UPS_KEPT")));
        assertThat(late.reviewOverdue()).isTrue();
        assertThat(actions.update(late.id(), ActionStatus.DONE, late.review()).reviewOverdue()).isFalse();
    }

    /**
     * The done-when of issue 12: an action recorded by leder.odense is on Odense's run chart from its
     * start month, and split there the chart has two phases, each with the median and the Anhøj
     * reading of its own months, the newest phase deciding the signal.
     */
    @Test
    void an_action_by_leder_odense_is_on_odenses_run_chart_and_a_new_phase_from_its_start_recomputes_the_reading() {
        SignIn.as(users, "leder.odense");
        YearMonth now = YearMonth.now(clock);
        Period period = Period.last(24, now);
        YearMonth start = period.axis().get(12);
        ActionSummary action = actions.create(draft("Fælles morgenmøde med psykiatrien", ODENSE, start.atDay(10)));

        OutcomeSeries whole = outcomes.series(OutcomeIndicator.ADMISSIONS, Scope.municipality(ODENSE), period);
        assertThat(whole.actions()).singleElement().satisfies(marker -> {
            assertThat(marker.id()).isEqualTo(action.id());
            assertThat(marker.start()).isEqualTo(start);
        });
        assertThat(whole.phaseStarts()).isEmpty();
        assertThat(outcomes.series(OutcomeIndicator.ADMISSIONS, Scope.municipality(FANOE), period).actions())
                .as("not on another municipality's chart").isEmpty();

        OutcomeSeries split = outcomes.series(OutcomeIndicator.ADMISSIONS, Scope.municipality(ODENSE), period, true);
        assertThat(split.phaseStarts()).containsExactly(start);
        List<Double> before = whole.values().subList(0, 12);
        List<Double> after = whole.values().subList(12, 24);
        assertThat(split.medianLine().subList(0, 12)).containsOnly(median(before));
        assertThat(split.medianLine().subList(12, 24)).containsOnly(median(after));
        assertThat(split.median()).isEqualTo(median(after));
        RunChartAnalysis newest = RunChart.analyse(after);
        assertThat(split.shiftSince().isPresent()).isEqualTo(newest.signal());
        assertThat(split.signalMonths()).allMatch(i -> i >= 0 && i < 24);
        assertThat(whole.medianLine()).containsOnly(median(whole.values()));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values.stream().filter(v -> v != null).sorted().toList());
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private ActionDraft draft(String title, Integer municipality, LocalDate start) {
        return new ActionDraft(title, "teamleder i socialpsykiatrien", start, start.plusMonths(3), ActionStatus.PLANNED,
                municipality, Set.of("ADMISSIONS", "PSYCHOLOGICAL_SAFETY"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long audited(String action, String outcome, String username) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = ? AND outcome = ? AND username = ?")
                .params(action, outcome, username).query(Long.class).single();
    }
}
