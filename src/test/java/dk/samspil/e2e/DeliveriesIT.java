package dk.samspil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import dk.samspil.support.Axe;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.HeadlessChromium;
import dk.samspil.support.Screenshots;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Deliveries page in a real browser as the data manager: the demo's missing files are said in
 * words, a data contact is set in the dialog, and the page and the dialog meet WCAG 2.1 AA (axe-core)
 * in Danish and English.
 */
class DeliveriesIT extends BrowserTest {

    private static final long WAIT = 30_000;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_data_manager_sees_the_missing_files_and_the_page_meets_wcag_2_1_aa_in_danish_and_english()
            throws Exception {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1400, 900))) {
            Page page = context.newPage();
            HeadlessChromium.signIn(page, url(""), "data");
            // the newest month the demo delivered, by its URL: on the 1st, last month has no files yet
            YearMonth newest = YearMonth.from(jdbc.sql("SELECT MAX(period) FROM import_record WHERE started_by = 'demo'")
                    .query(LocalDate.class).single());
            String deliveries = "/deliveries?month=" + newest;
            page.navigate(url(deliveries));
            Locator grid = page.locator("main.page vaadin-grid");
            grid.waitFor(new Locator.WaitForOptions().setTimeout(WAIT));
            page.getByText("Tønder").first().waitFor(new Locator.WaitForOptions().setTimeout(WAIT));
            assertThat(page.locator(".delivery-missing").count()).as("the demo's missing files, in words").isEqualTo(3);
            assertThat(page.locator(".delivery-missing").first().textContent()).contains("Mangler");

            // a data contact for Assens, set in the dialog, shows in its row
            page.locator("vaadin-button[aria-label='Ret datakontakt for Assens']").click();
            page.locator("#delivery-contact-email input").fill("ikke en adresse");
            page.locator("vaadin-button.save-contact").click();
            page.getByText("Skriv en gyldig e-mailadresse").waitFor(new Locator.WaitForOptions().setTimeout(WAIT));
            page.waitForTimeout(500);
            assertThat(Axe.violations(page)).as("axe-core on the contact dialog").isEmpty();
            page.locator("#delivery-contact-email input").fill("data@assens.example.dk");
            page.locator("vaadin-button.save-contact").click();
            page.getByText("data@assens.example.dk (Dansk)").waitFor(new Locator.WaitForOptions().setTimeout(WAIT));

            for (String language : List.of("Dansk", "English")) {
                if (language.equals("English")) {
                    // the cookie the language switch sets: in development mode Vaadin's Copilot overlay takes the click
                    context.addCookies(List.of(new Cookie("samspil-lang", "en").setUrl(url("/"))));
                }
                page.navigate(url(deliveries));
                grid.waitFor(new Locator.WaitForOptions().setTimeout(WAIT));
                page.getByText(language.equals("English") ? "Sign out" : "Log ud")
                        .waitFor(new Locator.WaitForOptions().setTimeout(WAIT));
                page.getByText(language.equals("English") ? "✗ Missing" : "✗ Mangler").first()
                        .waitFor(new Locator.WaitForOptions().setTimeout(WAIT));
                page.waitForTimeout(500);
                assertThat(Axe.violations(page)).as("axe-core on /deliveries in " + language).isEmpty();
            }
        }
        Path folder = Path.of("target/screenshots");
        Screenshots.main(new String[] {url(""), "data", folder.toString(), "deliveries"});
        assertThat(folder.resolve("data-deliveries.png")).exists();
    }
}
