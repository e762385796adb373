package dk.samspil.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import dk.samspil.base.period.Period;
import dk.samspil.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 12, defect 8: {@code coercive_measures} was imported and shown nowhere. The monthly figures
 * sum it (V030), and Outcomes, Compare and the Overview's tile read it as measures per case-month
 * that reported it — a month that left the column empty is not a month without coercion.
 */
@SpringBootTest
class CoercionFiguresTest {

    private static final int ODENSE = 461;
    private static final YearMonth LAST = YearMonth.now().minusMonths(1);
    private static final Period YEAR = Period.between(LAST.minusMonths(11), LAST);

    @Autowired
    OutcomeStatistics outcomes;
    @Autowired
    CompareStatistics compare;
    @Autowired
    OverviewStatistics overview;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;


    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_monthly_coercion_rate_is_the_raw_measures_over_the_case_months_that_reported_them() {
        SignIn.as(users, "styregruppe");
        List<Double> raw = YEAR.axis().stream().map(month -> jdbc.sql("""
                        SELECT SUM(o.coercive_measures) / COUNT(o.coercive_measures) FROM monthly_outcome o
                        JOIN citizen_case c ON c.id = o.case_id WHERE c.municipality_code = :m AND o.period = :p""")
                .param("m", ODENSE).param("p", month.atDay(1)).query(Double.class).optional().orElse(null)).toList();
        assertThat(raw).filteredOn(Objects::nonNull).isNotEmpty().anySatisfy(rate -> assertThat(rate).isPositive());

        List<Double> shown = outcomes.series(OutcomeIndicator.COERCIVE_MEASURES, Scope.municipality(ODENSE), YEAR).values();
        assertThat(shown).hasSameSizeAs(raw);
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i) == null) {
                assertThat(shown.get(i)).isNull();
            } else {
                assertThat(shown.get(i)).isCloseTo(raw.get(i), within(1e-9));
            }
        }
        Tile tile = overview.tiles(Scope.municipality(ODENSE), YEAR).stream()
                .filter(t -> t.indicator() == TileIndicator.COERCIVE_MEASURES).findFirst().orElseThrow();
        assertThat(tile.values()).isEqualTo(shown);
    }

    @Test
    void compare_funnels_coercion_around_the_pooled_programme_rate() {
        SignIn.as(users, "styregruppe");
        double pooled = jdbc.sql("""
                        SELECT SUM(coercive_measures) / COUNT(coercive_measures) FROM monthly_outcome
                        WHERE period BETWEEN :from AND :to""")
                .param("from", YEAR.firstDay()).param("to", YEAR.lastMonthsFirstDay()).query(Double.class).single();
        FunnelComparison funnel = compare.funnel(OutcomeIndicator.COERCIVE_MEASURES, YEAR);
        assertThat(funnel.points()).hasSizeGreaterThan(1);
        // MariaDB divides to 4 decimals, the funnel in Java
        assertThat(funnel.target()).isCloseTo(pooled, within(1e-4));
        assertThat(IndicatorCatalogue.of(OutcomeIndicator.COERCIVE_MEASURES).direction())
                .isEqualTo(Indicator.Direction.LOWER_IS_BETTER);
    }
}
