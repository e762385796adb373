package dk.samspil.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 12, defect 1: the Overview said 186 active cases (Odense 6) while Municipalities said 163
 * (Odense 5). Every dashboard service is opened for the same municipality and month, and each figure
 * is the same wherever it appears — and what the raw rows say under the one definition (decision 0024).
 */
@SpringBootTest
class SameFiguresOnEveryPageTest {

    private static final int ODENSE = 461;
    private static final YearMonth LAST = YearMonth.now().minusMonths(1);
    private static final Period LAST_MONTH = Period.between(LAST, LAST);

    @Autowired
    OverviewStatistics overview;
    @Autowired
    MunicipalityStatistics municipalities;
    @Autowired
    MeetingStatistics meetings;
    @Autowired
    OutcomeStatistics outcomes;
    @Autowired
    CompareStatistics compare;
    @Autowired
    MunicipalityHeatmap heatmap;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void active_cases_are_the_cases_open_active_or_paused_at_the_end_of_the_month_on_every_page() {
        SignIn.as(users, "data");
        long raw = jdbc.sql("""
                        SELECT COUNT(*) FROM citizen_case
                        WHERE municipality_code = :m AND enrolled_on <= :end AND (ended_on IS NULL OR ended_on > :end)""")
                .param("m", ODENSE).param("end", LAST.atEndOfMonth()).query(Long.class).single();
        long paused = jdbc.sql("""
                        SELECT COUNT(*) FROM citizen_case
                        WHERE status = 'PAUSED' AND enrolled_on <= :end AND (ended_on IS NULL OR ended_on > :end)""")
                .param("end", LAST.atEndOfMonth()).query(Long.class).single();
        assertThat(raw).isGreaterThan(0);
        assertThat(paused).as("the demo data has paused cases, which the definition counts").isGreaterThan(0);

        assertThat(tile(TileIndicator.ACTIVE_CASES)).isEqualTo((double) raw);
        assertThat(municipalityRow().activeCases()).hasValue(raw);
        assertThat(meetings.overview(Scope.municipality(ODENSE), LAST_MONTH).months().getLast().activeCases()).hasValue(raw);
    }

    @Test
    void the_programmes_active_cases_are_the_sum_of_the_municipalities() {
        SignIn.as(users, "data");
        long sum = municipalities.overview().stream().mapToLong(row -> row.activeCases().orElseThrow()).sum();
        assertThat(overview.tiles(Scope.programme(), LAST_MONTH).stream()
                .filter(t -> t.indicator() == TileIndicator.ACTIVE_CASES).findFirst().orElseThrow().latest())
                .hasValue((double) sum);
    }

    @Test
    void meetings_are_the_same_on_the_overview_municipalities_and_network_meetings() {
        SignIn.as(users, "data");
        long raw = jdbc.sql("SELECT COUNT(*) FROM network_meeting WHERE municipality_code = :m AND held_on BETWEEN :from AND :to")
                .param("m", ODENSE).param("from", LAST.atDay(1)).param("to", LAST.atEndOfMonth()).query(Long.class).single();

        assertThat(tile(TileIndicator.MEETINGS)).isEqualTo((double) raw);
        assertThat(municipalityRow().meetingsLastMonth()).isEqualTo(raw);
        assertThat(meetings.overview(Scope.municipality(ODENSE), LAST_MONTH).months().getLast().meetings()).isEqualTo(raw);
    }

    /** MariaDB divides to 4 decimals (div_precision_increment), Compare in Java: the pages write 3. */
    private static final double SQL_DIVISION = 1e-4;

    @Test
    void admissions_are_the_same_on_the_overview_outcomes_compare_and_the_heatmap() {
        SignIn.as(users, "data");
        double raw = jdbc.sql("""
                        SELECT SUM(o.psychiatric_admissions) / COUNT(*) FROM monthly_outcome o
                        JOIN citizen_case c ON c.id = o.case_id WHERE c.municipality_code = :m AND o.period = :p""")
                .param("m", ODENSE).param("p", LAST.atDay(1)).query(Double.class).single();

        assertThat(tile(TileIndicator.ADMISSIONS)).isCloseTo(raw, within(SQL_DIVISION));
        assertThat(outcomes.series(OutcomeIndicator.ADMISSIONS, Scope.municipality(ODENSE), LAST_MONTH).values().getLast())
                .isCloseTo(raw, within(SQL_DIVISION));
        assertThat(compare.funnel(OutcomeIndicator.ADMISSIONS, LAST_MONTH).points().stream()
                .filter(p -> p.municipalityCode() == ODENSE).findFirst().orElseThrow().value()).isCloseTo(raw, within(SQL_DIVISION));
        Heatmap map = heatmap.heatmap(LAST_MONTH);
        int column = map.columns().indexOf(OutcomeIndicator.ADMISSIONS.name());
        assertThat(map.rows().stream().filter(r -> r.municipalityCode() == ODENSE).findFirst().orElseThrow()
                .cells().get(column).value()).isCloseTo(raw, within(SQL_DIVISION));
    }

    @Test
    void every_indicator_every_page_shows_has_one_entry_in_the_catalogue() {
        for (TileIndicator tile : TileIndicator.values()) {
            assertThat(IndicatorCatalogue.of(tile).key()).isEqualTo(tile.name());
        }
        for (OutcomeIndicator indicator : OutcomeIndicator.values()) {
            Indicator entry = IndicatorCatalogue.of(indicator);
            assertThat(entry.definition().da()).isNotBlank();
            assertThat(entry.definition().en()).isNotBlank();
            assertThat(entry.denominator().isEmpty()).as(indicator + " is a ratio").isFalse();
        }
        assertThat(IndicatorCatalogue.all()).extracting(Indicator::key).doesNotHaveDuplicates();
        assertThat(List.of("ADMISSIONS", "BED_DAYS", "READMISSIONS", "COERCIVE_MEASURES"))
                .allSatisfy(key -> assertThat(IndicatorCatalogue.get(key).direction()).isEqualTo(Indicator.Direction.LOWER_IS_BETTER));
    }

    private double tile(TileIndicator indicator) {
        return overview.tiles(Scope.municipality(ODENSE), LAST_MONTH).stream().filter(t -> t.indicator() == indicator)
                .findFirst().orElseThrow().latest().orElseThrow();
    }

    private MunicipalityOverview municipalityRow() {
        return municipalities.overview().stream().filter(row -> row.code() == ODENSE).findFirst().orElseThrow();
    }
}
