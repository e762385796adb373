package dk.samspil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import dk.samspil.support.Axe;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Targets, improvement actions and the two icons in a real browser, Danish and English: axe-core
 * finds nothing on /targets, /actions (with an overdue review and the new-action dialog open), the
 * Overview and Odense's run chart split at an action; screenshots are kept in target/screenshots.
 */
class TargetsAndActionsIT extends BrowserTest {

    private static final double WAIT = 30_000;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aTargetAndAnOverdueAction() {
        jdbc.sql("""
                INSERT INTO indicator_target (indicator_code, municipality_code, target_value, start_month, set_by, set_at)
                VALUES ('READMISSIONS', NULL, 0.02, DATE_FORMAT(CURDATE() - INTERVAL 30 MONTH, '%Y-%m-01'), 'styregruppe', NOW())""")
                .update();
        jdbc.sql("""
                INSERT INTO improvement_action (title, responsible_role, start_date, review_date, status, municipality_code,
                                                created_by, created_at, updated_by, updated_at)
                VALUES ('Fælles morgenmøde med psykiatrien', 'teamleder i socialpsykiatrien',
                        DATE_FORMAT(CURDATE() - INTERVAL 12 MONTH, '%Y-%m-05'), CURDATE() - INTERVAL 10 DAY, 'ACTIVE', 461,
                        'leder.odense', NOW(), 'leder.odense', NOW())""").update();
        jdbc.sql("INSERT INTO improvement_action_indicator (action_id, indicator_code) "
                + "SELECT id, 'ADMISSIONS' FROM improvement_action").update();
    }

    @AfterEach
    void clean() {
        jdbc.sql("DELETE FROM improvement_action").update();
        jdbc.sql("DELETE FROM indicator_target").update();
    }

    @Test
    void targets_actions_the_overview_and_the_run_chart_meet_wcag_2_1_aa_in_danish_and_english() throws Exception {
        Path pictures = Files.createDirectories(Path.of("target/screenshots"));
        try (BrowserContext context = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1400, 1000))) {
            Page page = context.newPage();
            HeadlessChromium.signIn(page, url(""), "styregruppe");
            for (String language : List.of("da", "en")) {
                if (language.equals("en")) {
                    // the cookie the language switch sets: in development mode Vaadin's Copilot overlay takes the click
                    context.addCookies(List.of(new Cookie("samspil-lang", "en").setUrl(url("/"))));
                }
                page.navigate(url("/targets"));
                page.locator("main.page vaadin-grid").first().waitFor(new Locator.WaitForOptions().setTimeout(WAIT));
                settle(page);
                assertThat(page.locator("main.page").innerText()).contains(language.equals("da") ? "Akutte genindlæggelser"
                        : "Acute readmissions");
                shoot(page, pictures, "targets-" + language);
                assertThat(Axe.violations(page)).as("axe-core on /targets in " + language).isEmpty();

                page.navigate(url("/actions"));
                page.locator("main.page vaadin-grid").first().waitFor(new Locator.WaitForOptions().setTimeout(WAIT));
                String overdue = language.equals("da") ? "Gennemgang forfalden" : "Review overdue";
                page.locator(".badge-overdue").first().waitFor(new Locator.WaitForOptions().setTimeout(WAIT));
                assertThat(page.locator(".badge-overdue").first().innerText()).isEqualTo(overdue);
                settle(page);
                shoot(page, pictures, "actions-" + language);
                assertThat(Axe.violations(page)).as("axe-core on /actions in " + language).isEmpty();
                page.locator("main.page vaadin-button").first().click();
                page.locator("#action-title").waitFor(new Locator.WaitForOptions().setTimeout(WAIT));
                settle(page);
                shoot(page, pictures, "action-dialog-" + language);
                assertThat(Axe.violations(page)).as("axe-core on the new-action dialog in " + language).isEmpty();
                page.keyboard().press("Escape");

                page.navigate(url("/overview"));
                waitForCharts(page);
                page.locator(".icon-summary").waitFor(new Locator.WaitForOptions().setTimeout(WAIT));
                assertThat(page.locator("[data-indicator='READMISSIONS'] .icon-assurance").first().innerText())
                        .contains(language.equals("da") ? "Mål:" : "Target:");
                settle(page);
                shoot(page, pictures, "overview-" + language);
                assertThat(Axe.violations(page)).as("axe-core on /overview in " + language).isEmpty();

                page.navigate(url("/outcomes?indicator=ADMISSIONS&municipality=461&phases=split"));
                waitForCharts(page);
                assertThat(page.locator("samspil-apex-chart .apexcharts-xaxis-annotations").first().innerHTML())
                        .as("the action's line is drawn").contains("Fælles morgenmøde");
                settle(page);
                shoot(page, pictures, "outcomes-phases-" + language);
                assertThat(Axe.violations(page)).as("axe-core on /outcomes split in " + language).isEmpty();
            }
        }
    }

    private static void shoot(Page page, Path pictures, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(pictures.resolve(name + ".png")).setFullPage(true));
    }

    private static void settle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
                + ".every(client => !client.isActive || !client.isActive())", null,
                new Page.WaitForFunctionOptions().setTimeout(WAIT));
        page.waitForTimeout(500);
    }

    private static void waitForCharts(Page page) {
        page.locator("main.page h2").first().waitFor(new Locator.WaitForOptions().setTimeout(WAIT));
        page.waitForFunction("() => [...document.querySelectorAll('samspil-apex-chart')]"
                + ".filter(c => c.offsetParent !== null).every(c => c.dataset.rendered === 'true')",
                null, new Page.WaitForFunctionOptions().setTimeout(WAIT));
    }
}
