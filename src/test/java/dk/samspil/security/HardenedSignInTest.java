package dk.samspil.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import dk.samspil.support.MovableClock;
import dk.samspil.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sign-in against the running server as an attacker tries it, with a raw HTTP client: guessing
 * passwords, posting the login from another site, typing a CPR number into the name field. The
 * application's clock is one the test moves, so lockouts and session lifetimes end without waiting.
 * Each test signs in from an address of its own (the server trusts X-Forwarded-For from loopback, as
 * from a proxy), so no test pauses another's — or the browser tests' — address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HardenedSignInTest {

    private static final String PASSWORD = "Grøn-Kaffe-Tirsdag-7";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @TestConfiguration
    static class MovedTime {
        @Bean
        @Primary
        MovableClock movableClock() {
            return MovableClock.startingNow();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MovableClock clock;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void ten_wrong_passwords_and_then_the_right_one_do_not_sign_in_until_the_pause_is_over() {
        String user = user();
        RawHttp visitor = visitor();
        for (int i = 0; i < 10; i++) {
            assertThat(location(visitor.signIn(user, "wrong-password-" + i))).as("attempt " + i).endsWith("/login?error");
        }
        HttpResponse<String> right = visitor.signIn(user, PASSWORD);

        assertThat(location(right)).endsWith("/login?error");
        assertThat(visitor.signedIn()).isFalse();
        assertThat(audit(user, "SIGN_IN_LOCKOUT")).singleElement().asString().contains("5 failures");
        assertThat(audit(user, "SIGN_IN")).as("five failed, five refused unchecked, the right one refused")
                .filteredOn(row -> row.startsWith("DENIED")).hasSize(6);

        clock.moveOn(Duration.ofMinutes(14));
        assertThat(location(visitor.signIn(user, PASSWORD))).as("still paused").endsWith("/login?error");
        clock.moveOn(Duration.ofMinutes(1).plusSeconds(1));
        HttpResponse<String> after = visitor.signIn(user, PASSWORD);
        assertThat(location(after)).doesNotContain("/login");
        assertThat(visitor.signedIn()).isTrue();
        assertThat(audit(user, "SIGN_IN")).first().asString().startsWith("ALLOWED");
    }

    @Test
    void a_paused_name_is_paused_from_every_address_and_a_paused_address_for_every_name() {
        String user = user();
        for (int i = 0; i < 5; i++) {
            visitor().signIn(user, "wrong-password-" + i);
        }
        assertThat(location(visitor().signIn(user, PASSWORD))).as("the name, from elsewhere").endsWith("/login?error");

        RawHttp guesser = visitor();
        for (int i = 0; i < 20; i++) {
            guesser.signIn("guess." + i + "." + UUID.randomUUID(), "wrong-password");
        }
        String other = user();
        assertThat(location(guesser.signIn(other, PASSWORD))).as("another name from the paused address").endsWith("/login?error");
        assertThat(location(visitor().signIn(other, PASSWORD))).as("that name elsewhere").doesNotContain("/login");
    }

    @Test
    void the_answer_is_the_same_for_a_wrong_password_an_unknown_name_a_paused_name_and_a_disabled_user() {
        String user = user();
        for (int i = 0; i < 5; i++) {
            visitor().signIn(user, "wrong-password-" + i);
        }
        HttpResponse<String> paused = visitor().signIn(user, PASSWORD);
        HttpResponse<String> unknown = visitor().signIn("nobody." + UUID.randomUUID(), PASSWORD);
        HttpResponse<String> wrong = visitor().signIn(user(), "wrong-password");
        String disabledUser = user();
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username = ?").param(disabledUser).update();
        HttpResponse<String> disabled = visitor().signIn(disabledUser, PASSWORD);

        for (HttpResponse<String> answer : List.of(paused, unknown, wrong, disabled)) {
            assertThat(answer.statusCode()).isEqualTo(wrong.statusCode());
            assertThat(location(answer)).isEqualTo(location(wrong));
            assertThat(answer.body()).isEqualTo(wrong.body());
        }
        assertThat(visitor().get("/login?error").body()).doesNotContainIgnoringCase("låst").doesNotContainIgnoringCase("locked");
    }

    @Test
    void a_login_posted_without_the_csrf_token_signs_nobody_in() {
        String user = user();
        RawHttp attacker = visitor();
        attacker.get("/login");
        HttpResponse<String> withoutToken = attacker.postForm("/login", Map.of("username", user, "password", PASSWORD));
        HttpResponse<String> withForgedToken = attacker.postForm("/login",
                Map.of("username", user, "password", PASSWORD, "_csrf", "forged-" + UUID.randomUUID()));
        HttpResponse<String> cold = visitor().postForm("/login", Map.of("username", user, "password", PASSWORD));

        for (HttpResponse<String> refused : List.of(withoutToken, withForgedToken, cold)) {
            assertThat(refused.statusCode()).isEqualTo(303);
            assertThat(location(refused)).endsWith("/login?expired");
        }
        assertThat(attacker.signedIn()).isFalse();
        assertThat(audit(user, "SIGN_IN")).as("the password was never checked").isEmpty();
        assertThat(location(attacker.signIn(user, PASSWORD))).as("with the page's token").doesNotContain("/login");
        assertThat(attacker.signedIn()).isTrue();
    }

    @Test
    void a_failed_sign_in_is_audited_with_the_name_and_address_but_a_cpr_number_typed_as_name_is_not() {
        RawHttp visitor = visitor();
        String address = visitor.address();
        String typo = "leder.odnese." + UUID.randomUUID().toString().substring(0, 6);
        visitor.signIn(typo, "wrong-password");
        visitor.signIn("0101901234", "wrong-password");
        visitor.signIn("010190-1234", "wrong-password");

        assertThat(audit(typo, "SIGN_IN")).singleElement().asString().isEqualTo("FAILED from " + address);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE username = ? AND target = ?")
                .params(SignInAudit.HIDDEN_NAME, "from " + address).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE CONCAT(username, ' ', COALESCE(target, '')) LIKE '%1234%'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE CONCAT(username, ' ', COALESCE(target, '')) LIKE '%wrong-password%'")
                .query(Long.class).single()).as("no password is ever logged").isZero();
    }

    @Test
    void sign_in_and_sign_out_are_audited() {
        String user = user();
        RawHttp visitor = visitor();
        visitor.signIn(user, PASSWORD);
        String token = RawHttp.metaTags(visitor.get("/overview").body()).get("_csrf");
        HttpResponse<String> out = visitor.postForm("/logout", Map.of("_csrf", token));

        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(visitor.signedIn()).isFalse();
        assertThat(audit(user, "SIGN_IN")).singleElement().asString().isEqualTo("ALLOWED from " + visitor.address());
        assertThat(audit(user, "SIGN_OUT")).hasSize(1);
    }

    @Test
    void a_session_ends_twelve_hours_after_sign_in_however_busy() {
        String user = user();
        RawHttp visitor = visitor();
        visitor.signIn(user, PASSWORD);
        for (int hour = 0; hour < 11; hour++) {
            assertThat(visitor.signedIn()).as("hour " + hour).isTrue();
            clock.moveOn(Duration.ofHours(1));
        }
        clock.moveOn(Duration.ofMinutes(59));
        assertThat(visitor.signedIn()).isTrue();
        clock.moveOn(Duration.ofMinutes(1));

        assertThat(visitor.signedIn()).isFalse();
        assertThat(audit(user, "SESSION_LIFETIME_ENDED")).hasSize(1);
    }

    private String user() {
        String name = "http.test." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewUser(name, "Test", PASSWORD, Role.STEERING, null, null));
        return name;
    }

    /** A visitor from an address of its own (TEST-NET-3), forwarded by a proxy on loopback. */
    private RawHttp visitor() {
        int n = ADDRESSES.incrementAndGet();
        return new RawHttp(port).with("X-Forwarded-For", (n < 250 ? "203.0.113." : "198.51.100.") + (n % 250 + 1));
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("location").orElse("(no redirect: " + response.statusCode() + ")");
    }

    /** The user's audit rows of that action, newest first, as "OUTCOME target". */
    private List<String> audit(String username, String action) {
        return jdbc.sql("SELECT CONCAT(outcome, ' ', COALESCE(target, '')) FROM audit_log WHERE username = ? AND action = ? "
                + "ORDER BY id DESC").params(username, action).query(String.class).list();
    }
}
