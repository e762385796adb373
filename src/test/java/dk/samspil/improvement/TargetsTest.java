package dk.samspil.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import dk.samspil.base.period.Period;
import dk.samspil.dashboard.OverviewStatistics;
import dk.samspil.dashboard.Scope;
import dk.samspil.dashboard.Tile;
import dk.samspil.dashboard.TileIndicator;
import dk.samspil.statistics.Assurance;
import dk.samspil.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The steering group's targets on the demo programme: who may set them, what is audited, what the tile makes of them. */
@SpringBootTest
class TargetsTest {

    private static final int ODENSE = 461;

    @Autowired
    Targets targets;
    @Autowired
    OverviewStatistics overview;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @AfterEach
    void clean() {
        jdbc.sql("DELETE FROM indicator_target").update();
        SignIn.out();
    }

    @Test
    void the_steering_group_sets_a_target_and_the_change_is_audited_before_and_after() {
        SignIn.as(users, "styregruppe");
        YearMonth from = YearMonth.now(clock).minusMonths(12);
        targets.set("READMISSIONS", Scope.programme(), 0.02, from);
        targets.set("READMISSIONS", Scope.programme(), 0.03, from);

        assertThat(targets.all()).singleElement().satisfies(row -> {
            assertThat(row.value()).isEqualTo(0.03);
            assertThat(row.setBy()).isEqualTo("styregruppe");
            assertThat(row.municipalityCode()).isNull();
        });
        assertThat(jdbc.sql("SELECT target FROM audit_log WHERE action = 'SET_TARGET' AND outcome = 'ALLOWED' ORDER BY id DESC LIMIT 2")
                .query(String.class).list())
                .containsExactly("READMISSIONS programme from " + from + ": 0.02 -> 0.03",
                        "READMISSIONS programme from " + from + ": none -> 0.02");
    }

    @Test
    void a_municipality_has_its_own_target_or_else_the_programmes_and_the_newest_start_wins() {
        SignIn.as(users, "styregruppe");
        YearMonth now = YearMonth.now(clock);
        targets.set("ADMISSIONS", Scope.programme(), 0.05, now.minusMonths(24));
        targets.set("ADMISSIONS", Scope.programme(), 0.04, now.minusMonths(6));
        targets.set("ADMISSIONS", Scope.municipality(ODENSE), 0.03, now.minusMonths(24));

        assertThat(targets.target("ADMISSIONS", Scope.programme(), now.minusMonths(12))).hasValue(0.05);
        assertThat(targets.target("ADMISSIONS", Scope.programme(), now)).hasValue(0.04);
        assertThat(targets.target("ADMISSIONS", Scope.municipality(ODENSE), now)).hasValue(0.03);
        assertThat(targets.target("ADMISSIONS", Scope.municipality(563), now)).hasValue(0.04);
        assertThat(targets.target("ADMISSIONS", Scope.programme(), now.minusMonths(30))).isEmpty();
    }

    @Test
    void a_lead_and_the_data_manager_are_refused_and_the_refusal_is_audited() {
        for (String username : List.of("leder.odense", "data")) {
            SignIn.as(users, username);
            long before = denied(username);
            assertThatThrownBy(() -> targets.set("READMISSIONS", Scope.municipality(ODENSE), 0.01, YearMonth.now(clock)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(denied(username)).isEqualTo(before + 1);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM indicator_target").query(Long.class).single()).isZero();
    }

    @Test
    void a_neutral_indicator_and_a_share_above_one_are_refused() {
        SignIn.as(users, "styregruppe");
        assertThatThrownBy(() -> targets.set("ACTIVE_CASES", Scope.programme(), 10, YearMonth.now(clock)))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.reasonKey()).isEqualTo("targets.refused.neutral"));
        assertThatThrownBy(() -> targets.set("STABLE_HOUSING", Scope.programme(), 1.5, YearMonth.now(clock)))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.reasonKey()).isEqualTo("targets.refused.value"));
    }

    /**
     * Readmissions (lower is better) on the Overview's tile, against the tile's own XmR limits: a
     * target above the upper limit will be met, one at the mean may be met or missed, and one below
     * the lower limit (when that is above zero) will be missed.
     */
    @Test
    void the_readmissions_tile_shows_the_assurance_its_limits_imply() {
        SignIn.as(users, "styregruppe");
        YearMonth now = YearMonth.now(clock);
        Period period = Period.last(24, now);
        Tile plain = readmissions(period);
        assertThat(plain.reading().assurance()).isEqualTo(Assurance.NO_TARGET);
        double upper = plain.reading().limits().upper();
        double mean = plain.reading().mean();

        targets.set("READMISSIONS", Scope.programme(), upper * 1.5 + 0.01, now.minusMonths(30));
        assertThat(readmissions(period).reading().assurance()).isEqualTo(Assurance.WILL_MEET);
        assertThat(readmissions(period).target()).hasValue(upper * 1.5 + 0.01);

        targets.set("READMISSIONS", Scope.programme(), mean, now.minusMonths(3));
        assertThat(readmissions(period).reading().assurance()).isEqualTo(Assurance.MAY_MEET_OR_MISS);

        double lower = plain.reading().limits().lower();
        if (lower > 0) {
            targets.set("READMISSIONS", Scope.programme(), lower / 2, now.minusMonths(2));
            assertThat(readmissions(period).reading().assurance()).isEqualTo(Assurance.WILL_MISS);
        }
    }

    private Tile readmissions(Period period) {
        return overview.tiles(Scope.programme(), period).stream()
                .filter(tile -> tile.indicator() == TileIndicator.READMISSIONS).findFirst().orElseThrow();
    }

    private long denied(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'SET_TARGET' AND outcome = 'DENIED' AND username = ?")
                .param(username).query(Long.class).single();
    }
}
