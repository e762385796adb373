package dk.samspil.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_months_meetings_sectors_and_waiting_times_add_up_to_the_database() {
        SignIn.as(users, "styregruppe");
        MeetingOverview overview = statistics.overview(null, 12);

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
        assertThat(overview.daysToFirst().stream().mapToLong(Long::longValue).sum()).isEqualTo(count("""
                SELECT COUNT(*) FROM citizen_case WHERE enrolled_on >= DATE_FORMAT(CURDATE() - INTERVAL 12 MONTH, '%Y-%m-01')
                AND enrolled_on < DATE_FORMAT(CURDATE(), '%Y-%m-01')"""));
        assertThat(overview.months()).allMatch(m -> m.followUpsKeptShare() == null
                || m.followUpsKeptShare() >= 0 && m.followUpsKeptShare() <= 1);
    }

    @Test
    void professionals_do_not_get_the_meetings_page() {
        SignIn.as(users, "fagperson.odense");
        assertThatThrownBy(() -> statistics.overview(461, 12)).isInstanceOf(AccessDeniedException.class);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
