package dk.samspil.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalLong;

import dk.samspil.base.period.Period;
import dk.samspil.statistics.KaplanMeier;
import dk.samspil.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 12, defect 5: days to first meeting left the cases not yet met out, so the newest month
 * always looked best. The tile is now each month's Kaplan–Meier median with the waiting censored
 * today, and says how many of the newest month's cases still wait.
 */
@SpringBootTest
class DaysToFirstMeetingTest {

    private static final YearMonth LAST = YearMonth.now().minusMonths(1);
    private static final Period YEAR = Period.between(LAST.minusMonths(11), LAST);

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
    void each_month_is_the_kaplan_meier_median_of_its_new_cases_with_the_waiting_censored_today() {
        SignIn.as(users, "data");
        Tile tile = overview.tiles(Scope.programme(), YEAR).stream()
                .filter(t -> t.indicator() == TileIndicator.DAYS_TO_FIRST_MEETING).findFirst().orElseThrow();
        for (int i = 0; i < YEAR.axis().size(); i++) {
            YearMonth month = YEAR.axis().get(i);
            List<KaplanMeier.Observation> raw = jdbc.sql("""
                            SELECT DATEDIFF(COALESCE(MIN(n.held_on), IF(c.ended_on < CURDATE(), c.ended_on, CURDATE())), c.enrolled_on),
                                   MIN(n.held_on) IS NOT NULL
                            FROM citizen_case c LEFT JOIN network_meeting n ON n.case_id = c.id AND n.held_on <= CURDATE()
                            WHERE c.enrolled_on BETWEEN :from AND :to GROUP BY c.id""")
                    .param("from", month.atDay(1)).param("to", month.atEndOfMonth())
                    .query((rs, n) -> new KaplanMeier.Observation(Math.max(0, rs.getInt(1)), rs.getBoolean(2))).list();
            Double expected = raw.isEmpty() ? null : KaplanMeier.estimate(raw).median().stream().boxed().findFirst().orElse(null);
            assertThat(tile.values().get(i)).as(month.toString()).isEqualTo(expected);
        }
        long waiting = jdbc.sql("""
                        SELECT COUNT(*) FROM citizen_case c WHERE c.enrolled_on BETWEEN :from AND :to
                          AND NOT EXISTS (SELECT 1 FROM network_meeting n WHERE n.case_id = c.id AND n.held_on <= CURDATE())""")
                .param("from", LAST.atDay(1)).param("to", LAST.atEndOfMonth()).query(Long.class).single();
        assertThat(tile.stillWaiting()).hasValue(new StillWaiting(OptionalLong.of(waiting)));
    }

    @Test
    void a_still_waiting_count_of_another_municipality_follows_the_small_cell_rule() {
        SignIn.as(users, "styregruppe");
        Tile tile = overview.tiles(Scope.municipality(461), YEAR).stream()
                .filter(t -> t.indicator() == TileIndicator.DAYS_TO_FIRST_MEETING).findFirst().orElseThrow();
        OptionalLong shown = tile.stillWaiting().orElseThrow().cases();
        assertThat(shown.isEmpty() || shown.getAsLong() == 0 || shown.getAsLong() >= 5)
                .as("no count of 1–4 of another municipality's cases").isTrue();
    }
}
