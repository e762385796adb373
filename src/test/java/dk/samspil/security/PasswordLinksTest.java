package dk.samspil.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;

import dk.samspil.support.MovableClock;
import dk.samspil.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** One-time links as someone holding a link, an old link or a guessed one would use them. */
@SpringBootTest
class PasswordLinksTest {

    private static final String PASSWORD = "Blå-Cykel-Onsdag-42";

    @TestConfiguration
    static class MovedTime {
        @Bean
        @Primary
        MovableClock movableClock() {
            return MovableClock.startingNow();
        }
    }

    @Autowired
    PasswordLinks links;
    @Autowired
    UserAdministration administration;
    @Autowired
    UserAccounts accounts;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_link_sets_the_password_once_and_then_says_it_is_used() {
        String name = newUser();
        OneTimeLink link = administration.resetPassword(name);
        SignIn.out();

        assertThat(links.check(link.token())).isEqualTo(new PasswordLink(PasswordLink.State.OPEN, name));
        assertThat(links.use(link.token(), PASSWORD)).isEqualTo(PasswordLink.State.OPEN);

        assertThat(encoder.matches(PASSWORD, hash(name))).isTrue();
        assertThat(links.check(link.token()).state()).isEqualTo(PasswordLink.State.USED);
        assertThat(links.use(link.token(), "Another-Long-Password-9")).isEqualTo(PasswordLink.State.USED);
        assertThat(encoder.matches(PASSWORD, hash(name))).as("the second use changed nothing").isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'PASSWORD_SET' AND target LIKE ? "
                + "AND CONCAT(target, username) NOT LIKE ?").params("%" + name + "%", "%" + PASSWORD + "%")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void an_expired_link_changes_nothing() {
        String name = newUser();
        OneTimeLink link = administration.resetPassword(name);
        String before = hash(name);
        clock.moveOn(Duration.ofHours(24));

        assertThat(links.check(link.token())).isEqualTo(new PasswordLink(PasswordLink.State.EXPIRED, null));
        assertThat(links.use(link.token(), PASSWORD)).isEqualTo(PasswordLink.State.EXPIRED);
        assertThat(hash(name)).isEqualTo(before);
    }

    @Test
    void a_refused_password_leaves_the_link_open_and_a_newer_link_or_disabling_closes_it() {
        String name = newUser();
        OneTimeLink first = administration.resetPassword(name);

        assertThatThrownBy(() -> links.use(first.token(), "kort")).isInstanceOf(PasswordRejected.class);
        assertThatThrownBy(() -> links.use(first.token(), name + "-is-my-password")).isInstanceOf(PasswordRejected.class);
        assertThat(links.check(first.token()).open()).isTrue();

        OneTimeLink second = administration.resetPassword(name);
        assertThat(links.check(first.token()).state()).as("closed by the newer link").isEqualTo(PasswordLink.State.USED);
        administration.setEnabled(name, false);
        assertThat(links.check(second.token()).state()).as("closed by disabling").isEqualTo(PasswordLink.State.USED);
    }

    @Test
    void a_guessed_or_mangled_token_is_unknown() {
        assertThat(links.check(UUID.randomUUID().toString())).isEqualTo(PasswordLink.UNKNOWN);
        assertThat(links.check("")).isEqualTo(PasswordLink.UNKNOWN);
        assertThat(links.check("x".repeat(10_000))).isEqualTo(PasswordLink.UNKNOWN);
        assertThat(links.use("' OR 1=1 --", PASSWORD)).isEqualTo(PasswordLink.State.UNKNOWN);
    }

    private String newUser() {
        SignIn.as(accounts, "data");
        String name = "link.t" + UUID.randomUUID().toString().substring(0, 8);
        administration.create(name, new AccountDetails("Link (test)", null, Role.STEERING, null, null));
        return name;
    }

    private String hash(String username) {
        return repository.findByUsername(username).orElseThrow().passwordHash();
    }
}
