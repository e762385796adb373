package dk.samspil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The whole stack in a real browser: sign in, see the municipalities and the rendered chart. */
class SignInAndSeeTheChartIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_steering_group_signs_in_and_sees_the_meetings_chart_rendered() {
        try (BrowserContext context = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 900))) {
            Page page = context.newPage();
            signIn(page, "styregruppe");

            Locator chart = page.locator("samspil-apex-chart[data-rendered='true'] svg.apexcharts-svg");
            chart.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
            assertThat(page.locator("vaadin-grid").first().textContent()).contains("Odense");
            assertThat(chart.boundingBox().width).as("the chart fills its card").isGreaterThan(600);
            assertThat(page.locator("samspil-apex-chart .apexcharts-bar-area").count()).as("one bar per month").isEqualTo(24);
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("da");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/municipalities-da.png"))
                    .setFullPage(true));
        }
    }

    @Test
    void the_pages_meet_wcag_2_1_aa_by_axe_core() {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            signIn(page, "data");
            for (String language : List.of("da", "en")) {
                if (language.equals("en")) {
                    context.addCookies(List.of(new Cookie("samspil-lang", "en").setUrl(url("/"))));
                }
                for (String path : new String[] {"/overview", "/municipalities", "/meetings?municipality=461", "/culture", "/compare",
                        "/outcomes?indicator=STABLE_HOUSING&municipality=461", "/cases?municipality=461", "/waves", "/imports",
                        "/audit", "/lockouts"}) {
                    page.navigate(url(path));
                    page.locator("main.page h2").first().waitFor(new Locator.WaitForOptions().setTimeout(30_000));
                    page.waitForTimeout(500);
                    assertThat(page.locator("html").getAttribute("lang")).as(path).startsWith(language);
                    assertThat(dk.samspil.support.Axe.violations(page)).as("axe-core on " + path + " in " + language).isEmpty();
                }
            }
        }
    }

    @Test
    void the_data_manager_checks_the_audit_chain_and_the_page_stays_wcag_2_1_aa() {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            signIn(page, "data");
            page.navigate(url("/audit?user=data&municipality=461"));
            page.locator("main.page h2").first().waitFor(new Locator.WaitForOptions().setTimeout(30_000));
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Kontrollér kæden")).click();
            Locator status = page.locator("main.page p[role=status]", new Page.LocatorOptions().setHasText("Revisionskæden"));
            status.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
            assertThat(status.textContent()).contains("intakt");
            assertThat(dk.samspil.support.Axe.violations(page)).as("axe-core on the audit page after the check").isEmpty();
        }
    }

    @Test
    void a_municipal_leads_pages_with_their_own_cases_meet_wcag_2_1_aa_too() {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            signIn(page, "leder.odense");
            for (String language : List.of("da", "en")) {
                if (language.equals("en")) {
                    // the cookie the language switch sets: in development mode Vaadin's Copilot overlay takes the click
                    context.addCookies(List.of(new Cookie("samspil-lang", "en").setUrl(url("/"))));
                }
                // the lead's own pages: Odense first, the follow-up badges on the meetings' and cases' lists
                for (String path : new String[] {"/overview", "/meetings", "/outcomes", "/compare", "/culture", "/cases"}) {
                    page.navigate(url(path));
                    page.locator("main.page h2").first().waitFor(new Locator.WaitForOptions().setTimeout(30_000));
                    page.waitForTimeout(500);
                    assertThat(page.locator("html").getAttribute("lang")).as(path).startsWith(language);
                    assertThat(dk.samspil.support.Axe.violations(page)).as("axe-core on " + path + " as a lead in " + language)
                            .isEmpty();
                }
            }
        }
    }

    @Test
    void a_professional_is_told_the_dashboards_are_not_for_them() {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            signIn(page, "fagperson.odense");
            for (String path : new String[] {"/overview", "/meetings", "/outcomes", "/compare", "/culture"}) {
                page.navigate(url(path));
                page.locator(".not-allowed").waitFor(new Locator.WaitForOptions().setTimeout(30_000));
                assertThat(page.locator(".not-allowed p").textContent()).startsWith("Denne side hører ikke til din rolle");
                assertThat(page.locator("samspil-apex-chart").count()).as(path).isZero();
            }
        }
    }

    @Test
    void a_mistyped_address_says_not_found_inside_the_app_for_a_signed_in_user() {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            signIn(page, "leder.odense");
            page.navigate(url("/oversigt/2026"));
            page.locator(".not-found").waitFor(new Locator.WaitForOptions().setTimeout(30_000));
            assertThat(page.locator(".not-found h2").textContent()).isEqualTo("Siden findes ikke");
            assertThat(page.locator("vaadin-side-nav").count()).as("still inside the app").isEqualTo(1);
        }
    }

    @Test
    void a_municipal_lead_typing_another_municipalitys_case_url_is_told_not_allowed() {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            signIn(page, "leder.odense");
            page.navigate(url("/cases?municipality=563"));
            page.locator(".not-allowed").waitFor(new Locator.WaitForOptions().setTimeout(30_000));
            assertThat(page.locator(".not-allowed h2").textContent()).isEqualTo("Ikke tilladt");
        }
    }

    @Test
    void wrong_password_is_refused_and_sign_out_works() {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.locator("input[name='username']").fill("styregruppe");
            page.locator("input[name='password']").fill("wrong-password");
            page.locator("input[name='password']").press("Enter");
            page.waitForURL("**/login?error");
            page.locator("vaadin-login-form[error]").waitFor(new Locator.WaitForOptions().setTimeout(10_000));
            assertThat(page.locator("vaadin-side-nav").count()).as("still signed out").isZero();

            // one message whatever the reason: it says neither "unknown user" nor "locked"
            page.getByText("Du blev ikke logget ind").waitFor(new Locator.WaitForOptions().setTimeout(10_000));
            assertThat(page.getByText("låst").count()).isZero();

            long signOuts = signOuts();
            signIn(page, "data");
            page.getByText("Log ud").click();
            page.waitForURL("**/login");
            page.navigate(url("/municipalities"));
            page.waitForURL("**/login");
            assertThat(signOuts()).as("the sign-out is in the audit log").isEqualTo(signOuts + 1);

            page.navigate(url("/login?expired"));
            page.locator("vaadin-login-form[error]").waitFor(new Locator.WaitForOptions().setTimeout(10_000));
            page.getByText("Log ind-siden var udløbet").waitFor(new Locator.WaitForOptions().setTimeout(10_000));
        }
    }

    private long signOuts() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE username = 'data' AND action = 'SIGN_OUT'").query(Long.class).single();
    }

    private void signIn(Page page, String username) {
        HeadlessChromium.signIn(page, url(""), username);
    }

}
