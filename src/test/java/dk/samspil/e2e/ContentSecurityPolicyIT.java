package dk.samspil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.HeadlessChromium;
import dk.samspil.support.OpenWaveInvitation;
import dk.samspil.survey.Invitations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The content security policy measured, not guessed: Chromium loads the login, every page with its
 * charts drawn, and the survey, and any violation the page reports (a {@code securitypolicyviolation}
 * event, or Chromium's console message) fails the test. A deliberate violation first proves that
 * the listener hears them.
 */
class ContentSecurityPolicyIT extends BrowserTest {

    private static final String LISTEN = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
                e.violatedDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' at ' + e.sourceFile + ':' + e.lineNumber));
            """;

    private static final List<String> PAGES = List.of("/overview", "/municipalities", "/meetings?municipality=461",
            "/outcomes?municipality=461", "/compare", "/culture", "/cases?municipality=461", "/waves", "/imports", "/audit",
            "/lockouts");

    @Autowired
    Invitations invitations;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_login_every_page_with_its_charts_and_the_survey_run_without_a_single_violation() {
        List<String> violations = new ArrayList<>();
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000).setAcceptDownloads(true))) {
            context.addInitScript(LISTEN);
            Page page = context.newPage();
            page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy")) {
                    violations.add("console on " + page.url() + ": " + message.text());
                }
            });

            page.navigate(url("/login"));
            page.locator("vaadin-login-form").waitFor();
            violations.addAll(collected(page).stream().map(v -> "/login: " + v).toList());
            List<String> before = collected(page);
            page.evaluate("() => { new Image().src = 'https://example.invalid/control.png'; }");
            page.waitForFunction("n => window.__cspViolations.length > n", before.size());
            assertThat(collected(page).subList(before.size(), collected(page).size())).as("the listener hears a violation")
                    .singleElement().asString().startsWith("img-src blocked https://example.invalid/control.png");
            page.evaluate("() => { window.__cspViolations = []; }");
            page.waitForCondition(() -> violations.stream().anyMatch(v -> v.contains("example.invalid/control.png")));
            violations.removeIf(v -> v.contains("example.invalid/control.png"));

            HeadlessChromium.signIn(page, url(""), "data");
            violations.addAll(collected(page));
            for (String path : PAGES) {
                page.navigate(url(path));
                page.locator("main.page h2").first().waitFor(new Locator.WaitForOptions().setTimeout(30_000));
                waitForCharts(page);
                violations.addAll(collected(page).stream().map(v -> path + ": " + v).toList());
            }
            page.navigate(url("/meetings?municipality=461"));
            waitForCharts(page);
            assertThat(page.locator("samspil-apex-chart[data-rendered='true'] svg.apexcharts-svg").count()).as("charts drawn")
                    .isPositive();
            // a chart's own PNG export draws the chart through an image of its SVG
            Locator chart = page.locator("samspil-apex-chart[data-rendered='true']").first();
            chart.locator(".apexcharts-menu-icon").click();
            Download png = page.waitForDownload(() -> chart.locator(".apexcharts-menu-item.exportPNG").click());
            assertThat(png.suggestedFilename()).endsWith(".png");
            violations.addAll(collected(page).stream().map(v -> "PNG export: " + v).toList());
        }
        try (BrowserContext phone = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740))) {
            phone.addInitScript(LISTEN);
            Page page = phone.newPage();
            page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy")) {
                    violations.add("console on the survey: " + message.text());
                }
            });
            page.navigate(url("/survey/" + invitation()));
            page.locator("vaadin-radio-group.survey-question").first().waitFor(new Locator.WaitForOptions().setTimeout(30_000));
            page.locator("vaadin-radio-group.survey-question vaadin-radio-button").first().click();
            page.waitForTimeout(500);
            violations.addAll(collected(page).stream().map(v -> "/survey: " + v).toList());
        }
        assertThat(violations).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<String> collected(Page page) {
        return (List<String>) page.evaluate("() => window.__cspViolations || []");
    }

    /** Waits for Vaadin to settle and for every visible chart to draw. */
    private static void waitForCharts(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive || !client.isActive())"
                + " && [...document.querySelectorAll('samspil-apex-chart')].filter(c => c.offsetParent !== null)"
                + ".every(c => c.dataset.rendered === 'true')", null, new Page.WaitForFunctionOptions().setTimeout(30_000));
    }

    private String invitation() {
        return OpenWaveInvitation.odenseSocialServices(invitations, users, jdbc);
    }
}
