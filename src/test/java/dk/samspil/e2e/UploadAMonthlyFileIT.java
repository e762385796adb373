package dk.samspil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dk.samspil.support.Axe;
import dk.samspil.support.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The data manager uploads a monthly file on the Imports page and sees the job succeed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadAMonthlyFileIT {

    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        chromium = new HeadlessChromium();
    }

    @AfterAll
    static void stopBrowser() {
        chromium.close();
    }

    @Test
    void the_data_manager_uploads_the_cases_file_and_sees_it_imported() {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            String base = "http://localhost:" + port;
            HeadlessChromium.signIn(page, base, "data");
            page.navigate(base + "/imports");
            page.locator("vaadin-upload").waitFor();

            page.locator("vaadin-upload input[type=file]").setInputFiles(Path.of("../shared/samples/cases-2026-10.csv"));
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
