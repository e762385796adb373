package dk.samspil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.KeycloakServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in through a real identity provider: Keycloak with the repository's realm, its own login page
 * in Chromium, Samspil as its OpenID Connect client with the claim names and role values a deployment
 * would configure. Every Keycloak journey lives in this one class, so Keycloak starts once per build.
 */
class SignInThroughKeycloakIT extends BrowserTest {

    private static final Locator.WaitForOptions PATIENTLY = new Locator.WaitForOptions().setTimeout(60_000);

    @DynamicPropertySource
    static void organisationLogin(DynamicPropertyRegistry properties) {
        properties.add("samspil.sso.issuer-uri", KeycloakServer::issuer);
        properties.add("samspil.sso.client-id", () -> KeycloakServer.CLIENT_ID);
        properties.add("samspil.sso.client-secret", () -> KeycloakServer.CLIENT_SECRET);
        properties.add("samspil.sso.role-values.STEERING", () -> "samspil-styregruppe");
        properties.add("samspil.sso.role-values.MUNICIPAL_LEAD", () -> "samspil-kommuneleder");
        properties.add("samspil.sso.role-values.PROFESSIONAL", () -> "samspil-fagperson");
        properties.add("samspil.sso.role-values.DATA_MANAGER", () -> "samspil-datamanager");
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_municipal_lead_signs_in_at_keycloak_and_sees_only_their_own_municipalitys_cases() {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            signInAtKeycloak(page, "kc.leder.odense");
            awaitSamspil(page);

            page.navigate(url("/cases"));
            page.locator("vaadin-grid a[href*='cases/']").first().waitFor(PATIENTLY);
            List<Long> shown = page.locator("vaadin-grid a[href*='cases/']").all().stream()
                    .map(link -> Long.valueOf(link.getAttribute("href").replaceAll(".*cases/", ""))).toList();
            assertThat(shown).isNotEmpty().allSatisfy(id -> assertThat(municipalityOfCase(id)).isEqualTo(461));

            page.navigate(url("/cases?municipality=563"));
            page.locator(".not-allowed").waitFor(PATIENTLY);
            assertThat(page.locator(".not-allowed h2").textContent()).isEqualTo("Ikke tilladt");

            Map<String, Object> user = jdbc.sql("""
                    SELECT role, municipality_code, password_hash, identity_provider FROM app_user
                    WHERE username = 'kc.leder.odense'""").query().singleRow();
            assertThat(user).containsEntry("role", "MUNICIPAL_LEAD").containsEntry("password_hash", "{sso}")
                    .containsEntry("identity_provider", KeycloakServer.issuer());
            assertThat(((Number) user.get("municipality_code")).intValue()).isEqualTo(461);
            assertThat(audit("kc.leder.odense")).anyMatch(row -> row.startsWith("ALLOWED") && row.contains("organisation login"));
        }
    }

    @Test
    void a_person_keycloak_knows_but_with_no_samspil_role_is_refused_on_a_clear_page_and_audited() {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            signInAtKeycloak(page, "kc.ingen.rolle");
            page.waitForURL("**/login-refused?reason=no-role", new Page.WaitForURLOptions().setTimeout(60_000));
            page.locator(".sign-in-refused h2").waitFor(PATIENTLY);
            assertThat(page.locator(".sign-in-refused h2").textContent()).isEqualTo("Du har ikke adgang til Samspil");
            assertThat(page.locator(".sign-in-refused p").last().textContent()).contains("ingen rolle i Samspil");

            assertThat(audit("kc.ingen.rolle")).singleElement().asString().startsWith("DENIED").contains("refused: no-role");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = 'kc.ingen.rolle'").query(Long.class).single())
                    .as("no local user for a refused person").isZero();
            page.navigate(url("/overview"));
            page.waitForURL("**/login");
        }
    }

    @Test
    void a_lead_whose_municipality_is_not_in_the_programme_is_refused() {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            signInAtKeycloak(page, "kc.leder.ukendt");
            page.waitForURL("**/login-refused?reason=unknown-municipality", new Page.WaitForURLOptions().setTimeout(60_000));
            assertThat(audit("kc.leder.ukendt")).singleElement().asString().contains("refused: unknown-municipality");
        }
    }

    @Test
    void a_callback_with_a_forged_state_signs_nobody_in() {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            // a sign-in under way, so the session holds a genuine authorization request; the forged state is not its
            startOrganisationLogin(page);
            long failures = failedOrganisationLogins();

            page.navigate(url("/login/oauth2/code/sso?code=forged-code&state=forged-state"));
            page.waitForURL("**/login-refused?reason=failed");
            assertThat(failedOrganisationLogins()).isEqualTo(failures + 1);
            assertThat(latestFailure()).endsWith("failed: authorization_request_not_found");
            page.navigate(url("/overview"));
            page.waitForURL("**/login");
        }
    }

    @Test
    void a_code_keycloak_issued_to_another_client_is_refused_even_with_samspils_genuine_state() {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            startOrganisationLogin(page);
            // the same request with its state and nonce, but for another client of the realm: its code is not ours
            page.navigate(page.url().replace("client_id=" + KeycloakServer.CLIENT_ID, "client_id=andet-system"));
            page.locator("#username").waitFor(PATIENTLY);
            long failures = failedOrganisationLogins();
            atKeycloak(page, "kc.data");

            page.waitForURL("**/login-refused?reason=failed", new Page.WaitForURLOptions().setTimeout(60_000));
            assertThat(failedOrganisationLogins()).isEqualTo(failures + 1);
            // refused by Keycloak at the code exchange (Spring passes its error code on), not for want of a provider
            assertThat(latestFailure()).doesNotEndWith("failed: unknown").doesNotEndWith("authorization_request_not_found");
            page.navigate(url("/audit"));
            page.waitForURL("**/login");
        }
    }

    @Test
    void a_provider_user_cannot_use_the_login_form_and_a_local_user_still_can() {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            signInAtKeycloak(page, "kc.styregruppe");
            awaitSamspil(page);
        }
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.locator("input[name='username']").fill("kc.styregruppe");
            page.locator("input[name='password']").fill("{sso}");
            page.locator("input[name='password']").press("Enter");
            page.waitForURL("**/login?error");

            dk.samspil.support.HeadlessChromium.signIn(page, url(""), "data");
        }
    }

    private void signInAtKeycloak(Page page, String username) {
        startOrganisationLogin(page);
        assertThat(page.url()).startsWith(KeycloakServer.issuer());
        atKeycloak(page, username);
    }

    /** From Samspil's login page to Keycloak's. */
    private void startOrganisationLogin(Page page) {
        page.navigate(url("/login"));
        page.getByText("Log ind med organisationens login").click();
        page.locator("#username").waitFor(PATIENTLY);
    }

    private static void atKeycloak(Page page, String username) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(KeycloakServer.PASSWORD);
        page.locator("#kc-login").click();
    }

    /** Signed in to the app, or a failure that says where the browser is and what the audit log says. */
    private void awaitSamspil(Page page) {
        page.locator("vaadin-side-nav, .sign-in-refused").first().waitFor(PATIENTLY);
        assertThat(page.locator("vaadin-side-nav").count())
                .as("signed in, not at %s; the latest sign-ins: %s", page.url(), jdbc.sql(
                        "SELECT CONCAT(username, ' ', outcome, ' ', target) FROM audit_log WHERE action = 'SIGN_IN' ORDER BY id DESC LIMIT 3")
                        .query(String.class).list())
                .isEqualTo(1);
    }

    private int municipalityOfCase(long id) {
        return jdbc.sql("SELECT municipality_code FROM citizen_case WHERE id = ?").param(id).query(Integer.class).single();
    }

    private List<String> audit(String username) {
        return jdbc.sql("SELECT CONCAT(outcome, ' ', COALESCE(target, '')) FROM audit_log WHERE username = ? AND action = 'SIGN_IN' ORDER BY id")
                .param(username).query(String.class).list();
    }

    private String latestFailure() {
        return jdbc.sql("SELECT target FROM audit_log WHERE action = 'SIGN_IN' AND outcome = 'FAILED' ORDER BY id DESC LIMIT 1")
                .query(String.class).single();
    }

    private long failedOrganisationLogins() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'SIGN_IN' AND outcome = 'FAILED' AND target LIKE '%organisation login, failed%'")
                .query(Long.class).single();
    }
}
