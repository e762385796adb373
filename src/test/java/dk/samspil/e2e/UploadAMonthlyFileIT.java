package dk.samspil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dk.samspil.support.Axe;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.HeadlessChromium;
import dk.samspil.support.Samples;
import org.junit.jupiter.api.Test;

/** The data manager uploads a monthly file on the Imports page and sees the job succeed. */
class UploadAMonthlyFileIT extends BrowserTest {

    @Test
    void the_data_manager_uploads_the_cases_file_and_sees_it_imported() {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            HeadlessChromium.signIn(page, url(""), "data");
            page.navigate(url("/imports"));
            page.locator("vaadin-upload").waitFor();

            page.locator("vaadin-upload input[type=file]").setInputFiles(Samples.path("cases-2026-10.csv"));
            PlaywrightAssertions.assertThat(page.locator(".import-status")).containsText("er modtaget");
            PlaywrightAssertions.assertThat(page.locator("vaadin-select").first()).containsText("Forløb");
            page.locator("vaadin-button[theme~='primary']").click();

            PlaywrightAssertions.assertThat(page.locator(".import-status")).containsText("er indlæst",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(page.locator("vaadin-grid").textContent()).contains("cases-2026-10.csv").contains("Indlæst");
            assertThat(Axe.violations(page)).as("axe-core on the Imports page").isEmpty();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/imports.png")).setFullPage(true));
        }
    }
}
