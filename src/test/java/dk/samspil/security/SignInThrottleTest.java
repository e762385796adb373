package dk.samspil.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dk.samspil.support.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The counts on the real database, with a clock the test moves: five failures pause a name for 15
 * minutes, twenty an address; two instances share the count; nothing CPR-like is stored.
 */
@SpringBootTest
class SignInThrottleTest {

    private static final SignInLimits LIMITS = new SignInLimits(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15));

    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignInThrottle applicationThrottle;

    @Autowired
    java.time.Clock applicationClock;

    private final MovableClock clock = MovableClock.startingNow();
    private SignInThrottle throttle;
    private final String name = "throttle." + UUID.randomUUID().toString().substring(0, 8);
    private final String address = "198.51.100." + (1 + (int) (Math.random() * 250)) + "-" + UUID.randomUUID().toString().substring(0, 4);

    @BeforeEach
    void newThrottle() {
        throttle = throttle();
    }

    @Test
    void the_fifth_failure_pauses_the_name_and_the_pause_ends_after_fifteen_minutes() {
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.failed(name, address)).as("failure " + i).isEmpty();
            assertThat(throttle.locked(name, address)).isFalse();
        }
        List<SignInLockout> started = throttle.failed(name, address);

        assertThat(started).singleElement().satisfies(lockout -> {
            assertThat(lockout.kind()).isEqualTo("ACCOUNT");
            assertThat(lockout.subject()).isEqualTo(name);
            assertThat(lockout.failures()).isEqualTo(5);
        });
        assertThat(throttle.locked(name, "203.0.113.250")).as("from any address").isTrue();
        assertThat(throttle.locked(name.toUpperCase(), null)).as("in any case").isTrue();
        clock.moveOn(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(throttle.locked(name, address)).isTrue();
        clock.moveOn(Duration.ofSeconds(1));
        assertThat(throttle.locked(name, address)).isFalse();
        assertThat(throttle.failed(name, address)).as("after a pause the count starts again").isEmpty();
    }

    @Test
    void failures_further_apart_than_the_window_never_add_up() {
        for (int i = 0; i < 12; i++) {
            assertThat(throttle.failed(name, address)).isEmpty();
            clock.moveOn(Duration.ofMinutes(4));
        }
        assertThat(throttle.locked(name, address)).isFalse();
    }

    @Test
    void a_sign_in_forgets_the_names_failures_but_not_the_addresss() {
        for (int i = 0; i < 4; i++) {
            throttle.failed(name, address);
        }
        throttle.succeeded(name);
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed(name, address)).isEmpty();
        }
        assertThat(jdbc.sql("SELECT failures FROM sign_in_throttle WHERE subject_kind = 'ADDRESS' AND subject = ?")
                .param(address).query(Integer.class).single()).isEqualTo(8);
    }

    @Test
    void twenty_failures_from_one_address_pause_it_for_every_name() {
        for (int i = 0; i < 19; i++) {
            assertThat(throttle.failed(name + i, address)).isEmpty();
        }
        assertThat(throttle.failed(name + "-last", address)).singleElement()
                .satisfies(lockout -> assertThat(lockout.kind()).isEqualTo("ADDRESS"));
        assertThat(throttle.locked("data", address)).isTrue();
        assertThat(throttle.locked("data", "192.0.2.1")).as("the name elsewhere").isFalse();
    }

    @Test
    void two_instances_count_the_same_failures() {
        SignInThrottle other = throttle();
        for (int i = 0; i < 2; i++) {
            throttle.failed(name, address);
            other.failed(name, address);
        }
        assertThat(other.failed(name, address)).hasSize(1);
        assertThat(throttle.locked(name, address)).isTrue();
    }

    @Test
    void a_cpr_like_name_is_counted_only_against_its_address_and_never_stored() {
        for (String typed : List.of("0101901234", "010190-1234", "010190 1234", "cpr 3112991234")) {
            throttle.failed(typed, address);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_throttle WHERE subject LIKE '%1234%'").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT failures FROM sign_in_throttle WHERE subject_kind = 'ADDRESS' AND subject = ?")
                .param(address).query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    @WithMockUser(roles = "DATA_MANAGER")
    void the_data_manager_sees_the_lockouts_in_force() {
        SignInThrottle realTime = new SignInThrottle(jdbc, applicationClock, LIMITS);
        for (int i = 0; i < 5; i++) {
            realTime.failed(name, address);
        }
        assertThat(applicationThrottle.active()).anySatisfy(lockout -> assertThat(lockout.subject()).isEqualTo(name));
    }

    private SignInThrottle throttle() {
        return new SignInThrottle(jdbc, clock, LIMITS);
    }
}
