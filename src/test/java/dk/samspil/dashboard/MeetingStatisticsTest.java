package dk.samspil.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalLong;

import dk.samspil.base.period.Period;
import dk.samspil.casework.CaseStatus;
import dk.samspil.casework.CaseSummary;
import dk.samspil.municipality.Sector;
import dk.samspil.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The Network meetings figures add up to the database, and stay aggregates. */
@SpringBootTest
class MeetingStatisticsTest {

    @Autowired
    MeetingStatistics statistics;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private static final YearMonth LAST = YearMonth.now().minusMonths(1);
    /** Active: open, active or paused, at the month's last day (decision 0024). */
    private static final String ACTIVE_IN_LAST_MONTH = """
            SELECT %s FROM citizen_case c WHERE c.municipality_code = 461
              AND c.enrolled_on <= LAST_DAY(DATE_FORMAT(CURDATE() - INTERVAL 1 MONTH, '%%Y-%%m-01'))
              AND (c.ended_on IS NULL OR c.ended_on > LAST_DAY(CURDATE() - INTERVAL 1 MONTH))""";

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_months_meetings_sectors_and_waiting_times_add_up_to_the_database() {
        // the data manager: the one reader who sees the programme's case counts without the small-cell rule
        SignIn.as(users, "data");
        MeetingOverview overview = statistics.overview(Scope.programme(), Period.between(LAST.minusMonths(11), LAST));

        assertThat(overview.months()).hasSize(12);
        long meetings = overview.months().stream().mapToLong(MeetingMonth::meetings).sum();
        assertThat(meetings).isPositive().isEqualTo(count("""
                SELECT COUNT(*) FROM network_meeting WHERE held_on >= DATE_FORMAT(CURDATE() - INTERVAL 12 MONTH, '%Y-%m-01')
                AND held_on < DATE_FORMAT(CURDATE(), '%Y-%m-01')"""));
        assertThat(overview.sectorShares().get(Sector.SOCIAL_SERVICES)).allMatch(share -> share >= 0 && share <= 1);
        assertThat(overview.sectorShares().get(Sector.GENERAL_PRACTICE).stream().mapToDouble(Double::doubleValue).average()
                .orElseThrow()).as("general practice is the programme's known gap")
                .isLessThan(overview.sectorShares().get(Sector.PSYCHIATRY).stream().mapToDouble(Double::doubleValue).average()
                        .orElseThrow());
        assertThat(overview.daysToFirst().stream().mapToLong(OptionalLong::getAsLong).sum()).isEqualTo(count("""
                SELECT COUNT(*) FROM citizen_case WHERE enrolled_on >= DATE_FORMAT(CURDATE() - INTERVAL 12 MONTH, '%Y-%m-01')
                AND enrolled_on < DATE_FORMAT(CURDATE(), '%Y-%m-01')"""));
        assertThat(overview.months()).allMatch(m -> m.followUpsKeptShare() == null
                || m.followUpsKeptShare() >= 0 && m.followUpsKeptShare() <= 1);
    }

    @Test
    void professionals_do_not_get_the_meetings_page() {
        SignIn.as(users, "fagperson.odense");
        assertThatThrownBy(() -> statistics.overview(Scope.municipality(461), Period.between(LAST.minusMonths(11), LAST)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_share_with_a_current_plan_is_the_active_cases_with_an_agreed_plan_not_past_review() {
        SignIn.as(users, "leder.odense");
        MeetingOverview overview = statistics.overview(Scope.municipality(461), Period.between(LAST.minusMonths(11), LAST));
        MeetingMonth last = overview.months().getLast();

        long active = count(ACTIVE_IN_LAST_MONTH.formatted("COUNT(*)"));
        long withPlan = count(ACTIVE_IN_LAST_MONTH.formatted("""
                SUM(EXISTS (SELECT 1 FROM action_plan p WHERE p.case_id = c.id
                     AND p.agreed_on <= LAST_DAY(DATE_FORMAT(CURDATE() - INTERVAL 1 MONTH, '%Y-%m-01'))
                     AND (p.next_review_on IS NULL OR p.next_review_on >= DATE_FORMAT(CURDATE() - INTERVAL 1 MONTH, '%Y-%m-01'))))"""));
        assertThat(active).isPositive();
        assertThat(last.activeCases()).as("the lead's own cases, as they are").hasValue(active);
        assertThat(last.currentPlanShare()).isCloseTo((double) withPlan / active, within(0.0001));
        ControlSeries pChart = overview.currentPlanChart();
        assertThat(pChart.points().getLast().value()).isCloseTo((double) withPlan / active, within(1e-9));
        long activeSum = overview.months().stream().mapToLong(m -> m.activeCases().getAsLong()).sum();
        double pooled = overview.months().stream().filter(m -> m.activeCases().getAsLong() > 0)
                .mapToDouble(m -> m.currentPlanShare() * m.activeCases().getAsLong()).sum() / activeSum;
        assertThat(pChart.centre()).as("p̄ pools the months, weighting each by its cases").isCloseTo(pooled, within(0.001));
    }

    @Test
    void people_per_meeting_and_coherence_are_the_months_means() {
        SignIn.as(users, "styregruppe");
        MeetingMonth last = statistics.overview(Scope.programme(), Period.between(LAST.minusMonths(11), LAST)).months()
                .getLast();

        double people = jdbc.sql("""
                        SELECT AVG(participants) FROM network_meeting
                        WHERE held_on >= DATE_FORMAT(CURDATE() - INTERVAL 1 MONTH, '%Y-%m-01')
                          AND held_on < DATE_FORMAT(CURDATE(), '%Y-%m-01')""").query(Double.class).single();
        double coherence = jdbc.sql("""
                        SELECT AVG(coherence_score) FROM monthly_outcome
                        WHERE period = DATE_FORMAT(CURDATE() - INTERVAL 1 MONTH, '%Y-%m-01')""").query(Double.class).single();
        assertThat(last.meanParticipants()).isCloseTo(people, within(0.0001));
        assertThat(last.meanCoherence()).isBetween(1.0, 5.0).isCloseTo(coherence, within(0.0001));
    }

    @Test
    void a_lead_gets_only_their_own_cases() {
        SignIn.as(users, "leder.odense");
        List<CaseSummary> cases = statistics.casesToFollow(461);

        assertThat(cases).isNotEmpty().allMatch(row -> row.municipalityCode() == 461);
        assertThat((long) cases.size()).isEqualTo(count("SELECT COUNT(*) FROM citizen_case WHERE municipality_code = 461"));
        assertThatThrownBy(() -> statistics.casesToFollow(563)).as("Fanø's cases are not Odense's lead's")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void overdue_follow_ups_come_first_then_the_nearest_follow_up() {
        // a municipality whose cases include an overdue follow-up (the last meeting's agreed date has passed)
        int municipality = jdbc.sql("""
                        SELECT c.municipality_code FROM citizen_case c
                        WHERE c.status = 'ACTIVE' AND (SELECT m.next_follow_up_on FROM network_meeting m WHERE m.case_id = c.id
                                                       ORDER BY m.held_on DESC, m.id DESC LIMIT 1) < CURDATE()
                        GROUP BY c.municipality_code ORDER BY COUNT(*) DESC LIMIT 1""").query(Integer.class).single();
        SignIn.as(users, "data");
        List<CaseSummary> cases = statistics.casesToFollow(municipality);

        LocalDate today = LocalDate.now(clock);
        List<Boolean> overdue = cases.stream().map(row -> row.followUpOverdue(today)).toList();
        assertThat(overdue).contains(true, false);
        int firstOnTime = overdue.indexOf(false);
        assertThat(overdue.subList(0, firstOnTime)).containsOnly(true);
        assertThat(overdue.subList(firstOnTime, overdue.size())).containsOnly(false);
        List<CaseSummary> rest = cases.subList(firstOnTime, cases.size());
        assertThat(rest.stream().filter(row -> row.status() != CaseStatus.ENDED).map(CaseSummary::nextFollowUpOn)
                .filter(java.util.Objects::nonNull).toList()).isSorted();
        assertThat(rest.stream().map(row -> row.status() == CaseStatus.ENDED).toList()).as("ended cases last").isSorted();
    }

    @Test
    void the_steering_group_gets_no_case_list() {
        SignIn.as(users, "styregruppe");
        assertThatThrownBy(() -> statistics.casesToFollow(461)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void one_sector_across_the_municipalities_adds_up_to_its_meetings() {
        SignIn.as(users, "leder.odense");
        List<MunicipalitySectorShares> rows = statistics.sectorByMunicipality(Sector.GENERAL_PRACTICE, Period.between(LAST, LAST));

        assertThat(rows).hasSize(22);
        MunicipalitySectorShares odense = rows.stream().filter(row -> row.municipalityCode() == 461).findFirst().orElseThrow();
        long attended = count("""
                SELECT COUNT(*) FROM network_meeting n JOIN network_meeting_sector s ON s.meeting_id = n.id
                WHERE n.municipality_code = 461 AND s.sector_code = 'GENERAL_PRACTICE'
                  AND n.held_on >= DATE_FORMAT(CURDATE() - INTERVAL 1 MONTH, '%Y-%m-01')
                  AND n.held_on < DATE_FORMAT(CURDATE(), '%Y-%m-01')""");
        long held = count("""
                SELECT COUNT(*) FROM network_meeting WHERE municipality_code = 461
                  AND held_on >= DATE_FORMAT(CURDATE() - INTERVAL 1 MONTH, '%Y-%m-01')
                  AND held_on < DATE_FORMAT(CURDATE(), '%Y-%m-01')""");
        assertThat(odense.shares()).hasSize(1);
        assertThat(odense.shares().getFirst()).isCloseTo((double) attended / held, within(0.0001));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
