package dk.samspil.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import dk.samspil.support.RawHttp;
import dk.samspil.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A user whose account is disabled or re-scoped while signed in, against the running server: the
 * open session ends on its next request, and a disabled user cannot sign in again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DisabledAccountSignInTest {

    private static final String PASSWORD = "Rød-Båd-Fredag-31";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    UserAdministration administration;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_disabled_users_open_session_ends_on_its_next_request_and_they_cannot_sign_in_again() {
        String user = lead(461);
        RawHttp visitor = visitor();
        visitor.signIn(user, PASSWORD);
        assertThat(visitor.signedIn()).isTrue();
        assertThat(jdbc.sql("SELECT last_sign_in_at FROM app_user WHERE username = ?").param(user)
                .query(java.time.LocalDateTime.class).single()).as("the sign-in is noted").isNotNull();

        SignIn.as(accounts, "data");
        administration.setEnabled(user, false);

        assertThat(visitor.signedIn()).isFalse();
        assertThat(visitor.signIn(user, PASSWORD).headers().firstValue("location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
        assertThat(visitor().signIn(user, PASSWORD).headers().firstValue("location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE username = ? AND action = ?")
                .params(user, ChangedAccountSignOut.SESSION_ENDED).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_lead_moved_to_another_municipality_signs_in_afresh_with_the_new_scope() {
        String user = lead(461);
        RawHttp visitor = visitor();
        visitor.signIn(user, PASSWORD);
        assertThat(visitor.get("/cases").statusCode()).isEqualTo(200);

        SignIn.as(accounts, "data");
        administration.change(user, new AccountDetails("Leder (test)", null, Role.MUNICIPAL_LEAD, 563, null));

        assertThat(visitor.signedIn()).as("the old scope's session ended").isFalse();
        visitor.signIn(user, PASSWORD);
        assertThat(visitor.signedIn()).isTrue();
    }

    private String lead(int municipality) {
        String name = "session.t" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewUser(name, "Leder (test)", PASSWORD, Role.MUNICIPAL_LEAD, municipality, null));
        return name;
    }

    /** From an address of its own (TEST-NET-2), so no other test's failed sign-ins pause it. */
    private RawHttp visitor() {
        return new RawHttp(port).with("X-Forwarded-For", "198.18.0." + (ADDRESSES.incrementAndGet() % 250 + 1));
    }
}
