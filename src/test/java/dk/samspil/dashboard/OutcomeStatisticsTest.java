package dk.samspil.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;

import dk.samspil.base.period.Period;
import dk.samspil.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The Outcomes figures, and the before/after distribution against the raw monthly outcomes. */
@SpringBootTest
class OutcomeStatisticsTest {

    private static final YearMonth LAST = YearMonth.now().minusMonths(1);
    private static final YearMonth FIRST = LAST.minusMonths(59);

    @Autowired
    OutcomeStatistics statistics;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_bed_days_distribution_matches_a_hand_checked_query_on_the_raw_months() {
        SignIn.as(users, "data");
        OutcomeChange bedDays = statistics.beforeAfter(Scope.programme(), Period.between(FIRST, LAST)).changes().stream()
                .filter(change -> change.indicator() == OutcomeIndicator.BED_DAYS).findFirst().orElseThrow();

        // each programme case enrolled in the 60 months: bed days in the 6 months before the enrolment
        // month and in months 7–12 after it, for the cases with all twelve months reported
        List<Double> changes = jdbc.sql("""
                        SELECT SUM(IF(o.period > DATE_FORMAT(c.enrolled_on, '%Y-%m-01'), o.bed_days, -o.bed_days))
                        FROM citizen_case c JOIN monthly_outcome o ON o.case_id = c.id
                        WHERE c.enrolled_on >= :from AND c.enrolled_on < :until
                          AND (PERIOD_DIFF(DATE_FORMAT(o.period, '%Y%m'), DATE_FORMAT(c.enrolled_on, '%Y%m')) BETWEEN -6 AND -1
                               OR PERIOD_DIFF(DATE_FORMAT(o.period, '%Y%m'), DATE_FORMAT(c.enrolled_on, '%Y%m')) BETWEEN 7 AND 12)
                        GROUP BY c.id HAVING COUNT(*) = 12 ORDER BY 1""")
                .param("from", FIRST.atDay(1)).param("until", LAST.plusMonths(1).atDay(1))
                .query(Double.class).list();
        assertThat(changes).hasSizeGreaterThanOrEqualTo(OutcomeChange.MINIMUM_CASES);
        assertThat(bedDays.shown()).isTrue();
        assertThat(bedDays.cases()).hasValue(changes.size());
        assertThat(bedDays.fell()).hasValue(changes.stream().filter(change -> change < 0).count());
        assertThat(bedDays.rose()).hasValue(changes.stream().filter(change -> change > 0).count());
        assertThat(bedDays.unchanged()).hasValue(changes.stream().filter(change -> change == 0).count());
        int n = changes.size();
        double median = n % 2 == 1 ? changes.get(n / 2) : (changes.get(n / 2 - 1) + changes.get(n / 2)) / 2;
        assertThat(bedDays.median()).isEqualTo(median);
        assertThat(bedDays.lowerQuartile()).isLessThanOrEqualTo(median);
        assertThat(bedDays.upperQuartile()).isGreaterThanOrEqualTo(median);
        assertThat(bedDays.meanChange().orElseThrow().estimate())
                .isCloseTo(changes.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), within(1e-9));
    }

    @Test
    void before_after_puts_every_case_in_some_bar_and_no_bar_holds_one_to_four() {
        // issue 12, defect 2: suppression dropped 21 of 46 cases from the bars
        SignIn.as(users, "styregruppe");
        for (Scope scope : List.of(Scope.programme(), Scope.municipality(461), Scope.municipality(563))) {
            BeforeAfterOverview overview = statistics.beforeAfter(scope, Period.between(FIRST, LAST));
            assertThat(overview.smallCells()).isTrue();
            overview.changes().stream().filter(OutcomeChange::shown).forEach(change -> {
                assertThat(change.groups().stream().mapToLong(ChangeGroup::count).sum()).as(change.indicator() + " in " + scope)
                        .isEqualTo(change.cases().orElseThrow());
                assertThat(change.groups()).noneMatch(group -> group.count() > 0 && group.count() < 5);
                assertThat(change.groups().stream().flatMap(group -> group.parts().stream()).sorted().toList())
                        .containsExactlyInAnyOrder("fell", "unchanged", "rose");
            });
        }
    }

    @Test
    void a_lead_reads_another_municipality_with_small_cells_and_their_own_without() {
        SignIn.as(users, "leder.odense");
        assertThat(statistics.beforeAfter(Scope.municipality(461), Period.between(FIRST, LAST)).smallCells()).isFalse();
        assertThat(statistics.beforeAfter(Scope.municipality(563), Period.between(FIRST, LAST)).smallCells()).isTrue();
        assertThat(statistics.beforeAfter(Scope.programme(), Period.between(FIRST, LAST)).smallCells()).isTrue();
    }

    @Test
    void fewer_than_five_cases_give_no_distribution() {
        SignIn.as(users, "styregruppe");
        // the last month alone: no case enrolled in it has been followed for a year
        BeforeAfterOverview lastMonth = statistics.beforeAfter(Scope.programme(), Period.between(LAST, LAST));
        assertThat(lastMonth.changes()).hasSize(4).allSatisfy(change -> {
            assertThat(change.cases()).hasValue(0);
            assertThat(change.shown()).isFalse();
        });
    }

    @Test
    void the_rate_indicators_come_with_a_u_chart_around_the_pooled_rate() {
        SignIn.as(users, "styregruppe");
        OutcomeSeries admissions = statistics.series(OutcomeIndicator.ADMISSIONS, Scope.municipality(461),
                Period.between(LAST.minusMonths(23), LAST));

        double pooled = jdbc.sql("""
                        SELECT SUM(o.psychiatric_admissions) / COUNT(*) FROM monthly_outcome o
                        JOIN citizen_case c ON c.id = o.case_id
                        WHERE c.municipality_code = 461 AND o.period BETWEEN :from AND :to""")
                .param("from", LAST.minusMonths(23).atDay(1)).param("to", LAST.atDay(1)).query(Double.class).single();
        assertThat(admissions.controlChart().centre()).isCloseTo(pooled, within(0.0001));
        assertThat(admissions.controlChart().points()).hasSize(24);
        assertThat(statistics.series(OutcomeIndicator.COHERENCE, Scope.municipality(461),
                Period.between(LAST.minusMonths(23), LAST)).controlChart())
                .as("a mean score has no P or U chart").isNull();
    }

    @Test
    void professionals_do_not_get_the_outcomes_page() {
        SignIn.as(users, "fagperson.odense");
        assertThatThrownBy(() -> statistics.series(OutcomeIndicator.BED_DAYS, Scope.municipality(461),
                Period.between(LAST.minusMonths(23), LAST)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statistics.beforeAfter(Scope.municipality(461), Period.between(FIRST, LAST)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
