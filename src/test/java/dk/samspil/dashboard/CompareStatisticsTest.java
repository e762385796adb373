package dk.samspil.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.samspil.base.period.Period;
import dk.samspil.statistics.FunnelPlot;
import dk.samspil.statistics.FunnelZone;
import dk.samspil.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The Compare page's figures on the demo programme: a funnel around the pooled programme value for
 * every kind of indicator, widened for over-dispersion, with a lead's own municipality flagged and
 * other municipalities' small counts withheld.
 */
@SpringBootTest
class CompareStatisticsTest {

    private static final YearMonth TO = YearMonth.now().minusMonths(1);
    private static final YearMonth FROM = TO.minusMonths(11);

    @Autowired
    CompareStatistics statistics;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest
    @EnumSource(OutcomeIndicator.class)
    void the_rankings_bar_misses_the_programme_exactly_when_the_adjusted_funnel_puts_the_municipality_outside_95(
            OutcomeIndicator indicator) {
        // issue 12, defect 3: the funnel (widened for over-dispersion) kept all but one municipality
        // inside, while the ranking's plain intervals missed the programme for 13 of 22
        SignIn.as(users, "styregruppe");
        FunnelComparison funnel = statistics.funnel(indicator, Period.between(FROM, TO));
        assertThat(funnel.points()).isNotEmpty().allSatisfy(point -> {
            assertThat(point.funnelInterval().contains(funnel.target()))
                    .as(point.name()).isEqualTo(point.zone() == FunnelZone.WITHIN_95);
            assertThat(point.funnelInterval().estimate()).isEqualTo(point.value());
        });
    }

    @ParameterizedTest
    @EnumSource(OutcomeIndicator.class)
    void every_indicator_is_funnelled_around_the_pooled_programme_value_which_every_limit_contains(
            OutcomeIndicator indicator) {
        SignIn.as(users, "styregruppe");
        FunnelComparison funnel = statistics.funnel(indicator, Period.between(FROM, TO));

        assertThat(funnel.points()).hasSize(22);
        double numerator = jdbc.sql("SELECT SUM(%s) FROM outcome_month_figures WHERE period BETWEEN ? AND ?"
                .formatted(indicator.numerator())).params(FROM.atDay(1), TO.atDay(1)).query(Double.class).single();
        long denominator = funnel.points().stream().mapToLong(FunnelPoint::denominator).sum();
        assertThat(funnel.target()).isCloseTo(numerator / denominator, within(1e-9));
        assertThat(funnel.points()).allSatisfy(point -> {
            assertThat(point.limits().limits95().contains(funnel.target())).isTrue();
            assertThat(point.limits().limits998().lower()).isLessThanOrEqualTo(point.limits().limits95().lower());
            assertThat(point.interval().lower()).isLessThanOrEqualTo(point.value());
            assertThat(point.interval().upper()).isGreaterThanOrEqualTo(point.value());
            assertThat(point.own()).as("the steering group has no municipality of its own").isFalse();
        });
        assertThat(funnel.limitCurves()).allSatisfy(limits -> assertThat(limits.limits95().contains(funnel.target())).isTrue());
        assertThat(funnel.limitCurves().getFirst().limits998().upper() - funnel.limitCurves().getFirst().limits998().lower())
                .as("the funnel narrows as the denominator grows")
                .isGreaterThan(funnel.limitCurves().getLast().limits998().upper() - funnel.limitCurves().getLast().limits998().lower());
        assertThat(funnel.points()).isSortedAccordingTo((a, b) -> Double.compare(b.value(), a.value()));
    }

    @ParameterizedTest
    @EnumSource(OutcomeIndicator.class)
    void the_limits_are_widened_by_the_square_root_of_phi_and_only_points_beyond_them_are_different(
            OutcomeIndicator indicator) {
        SignIn.as(users, "styregruppe");
        FunnelComparison funnel = statistics.funnel(indicator, Period.between(FROM, TO));

        double inflation = funnel.overdispersion().inflation();
        assertThat(funnel.overdispersion().units()).isEqualTo(22);
        assertThat(inflation).isGreaterThanOrEqualTo(1);
        assertThat(funnel.points()).allSatisfy(point -> assertThat(point.zone().different())
                .isEqualTo(Math.abs(point.zScore()) > FunnelPlot.Z_99_8 * inflation + 1e-9
                        || !point.limits().limits998().contains(point.value())));
        assertThat(funnel.different()).isLessThanOrEqualTo(funnel.differentWithoutAdjustment());
    }

    @Test
    void a_leads_own_municipality_is_flagged_and_other_municipalities_small_counts_are_withheld() {
        YearMonth month = TO;
        SignIn.as(users, "leder.odense");
        FunnelComparison funnel = statistics.funnel(OutcomeIndicator.READMISSIONS, Period.between(month, month));
        Map<Integer, Long> counts = jdbc.sql("""
                        SELECT municipality_code, SUM(readmissions) FROM outcome_month_figures WHERE period = ?
                        GROUP BY municipality_code""").param(month.atDay(1))
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(funnel.points()).filteredOn(FunnelPoint::own).extracting(FunnelPoint::municipalityCode)
                .containsExactly(461);
        assertThat(funnel.points()).filteredOn(FunnelPoint::own)
                .allSatisfy(own -> assertThat(own.events()).hasValue(counts.get(461)));
        assertThat(funnel.points()).filteredOn(p -> !p.own()).allSatisfy(other -> {
            long count = counts.get(other.municipalityCode());
            if (count >= 1 && count <= 4) {
                assertThat(other.events()).as(other.name() + " has " + count).isEmpty();
            } else {
                assertThat(other.events()).hasValue(count);
            }
        });
        assertThat(counts.values()).as("the demo month has small counts to withhold").anyMatch(c -> c >= 1 && c <= 4);
    }

    @Test
    void the_data_manager_sees_every_count_and_a_mean_has_no_count() {
        SignIn.as(users, "data");
        assertThat(statistics.funnel(OutcomeIndicator.READMISSIONS, Period.between(TO, TO)).points())
                .allSatisfy(point -> assertThat(point.events()).isPresent());
        assertThat(statistics.funnel(OutcomeIndicator.COHERENCE, Period.between(FROM, TO)).points())
                .allSatisfy(point -> assertThat(point.events()).isEmpty());
    }

    @Test
    void professionals_are_refused() {
        SignIn.as(users, "fagperson.odense");
        assertThatThrownBy(() -> statistics.funnel(OutcomeIndicator.BED_DAYS, Period.between(FROM, TO)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statistics.trends(OutcomeIndicator.BED_DAYS, Period.between(FROM, TO), List.of(461)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_period_decides_which_months_are_summed() {
        SignIn.as(users, "styregruppe");
        YearMonth from = TO.minusMonths(2);
        FunnelComparison funnel = statistics.funnel(OutcomeIndicator.BED_DAYS, Period.between(from, TO));
        long caseMonths = jdbc.sql("SELECT SUM(case_months) FROM outcome_month_figures WHERE period BETWEEN ? AND ?")
                .params(from.atDay(1), TO.atDay(1)).query(Long.class).single();

        assertThat(funnel.points().stream().mapToLong(FunnelPoint::denominator).sum()).isEqualTo(caseMonths);
        assertThat(funnel.from()).isEqualTo(from);
        YearMonth future = TO.plusMonths(12);
        FunnelComparison empty = statistics.funnel(OutcomeIndicator.BED_DAYS, Period.between(future, future));
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.points()).noneMatch(p -> p.zone() == FunnelZone.BEYOND_99_8);
    }

    @Test
    void trends_put_the_chosen_municipalities_month_by_month_beside_the_programme() {
        SignIn.as(users, "leder.odense");
        MunicipalityTrends trends = statistics.trends(OutcomeIndicator.ADMISSIONS, Period.between(FROM, TO),
                List.of(461, 563, 999));

        assertThat(trends.months()).hasSize(12).startsWith(FROM).endsWith(TO);
        assertThat(trends.municipalities()).extracting(MunicipalityTrend::code).as("an unknown code is left out")
                .containsExactly(461, 563);
        assertThat(trends.municipalities()).extracting(MunicipalityTrend::own).containsExactly(true, false);
        double programme = jdbc.sql("""
                        SELECT SUM(admissions) / SUM(case_months) FROM outcome_month_figures WHERE period = ?""")
                .param(TO.atDay(1)).query(Double.class).single();
        double fanoe = jdbc.sql("""
                        SELECT SUM(admissions) / SUM(case_months) FROM outcome_month_figures
                        WHERE period = ? AND municipality_code = 563""").param(TO.atDay(1)).query(Double.class).single();
        assertThat(trends.programme().getLast()).isCloseTo(programme, within(1e-4));
        assertThat(trends.municipalities().get(1).values().getLast()).isCloseTo(fanoe, within(1e-4));
        assertThatIllegalArgumentException().isThrownBy(() -> statistics.trends(OutcomeIndicator.ADMISSIONS, Period.between(FROM, TO),
                List.of(461, 563, 101, 147, 151, 153)));
    }
}
