package dk.samspil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dk.samspil.importing.UploadFolder;
import dk.samspil.support.Axe;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.HeadlessChromium;
import dk.samspil.support.Samples;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The data manager uploads a monthly file on the Imports page and sees the job succeed. */
class UploadAMonthlyFileIT extends BrowserTest {

    @Autowired
    UploadFolder uploads;

    @Test
    void the_data_manager_uploads_the_cases_file_and_sees_it_imported() throws IOException {
        List<Path> before = files();
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            HeadlessChromium.signIn(page, url(""), "data");
            page.navigate(url("/imports"));
            page.locator("vaadin-upload").waitFor();

            page.locator("vaadin-upload input[type=file]").setInputFiles(Samples.path("cases-2026-10.csv"));
            PlaywrightAssertions.assertThat(page.locator(".import-status")).containsText("er modtaget");
            assertThat(files()).as("the upload waits in the private folder").filteredOn(f -> !before.contains(f)).singleElement()
                    .satisfies(file -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                            .isEqualTo("rw-------"));
            PlaywrightAssertions.assertThat(page.locator("vaadin-select").first()).containsText("Forløb");
            page.locator("vaadin-button[theme~='primary']").click();

            PlaywrightAssertions.assertThat(page.locator(".import-status")).containsText("er indlæst",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(page.locator("vaadin-grid").textContent()).contains("cases-2026-10.csv").contains("Indlæst");
            assertThat(Axe.violations(page)).as("axe-core on the Imports page").isEmpty();
            assertThat(files()).as("nothing kept after a successful import").isEqualTo(before);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/imports.png")).setFullPage(true));
        }
    }

    @Test
    void a_file_with_a_spaced_cpr_number_is_refused_and_neither_its_value_nor_its_name_is_shown() throws IOException {
        Path dir = Files.createTempDirectory("cpr-upload");
        String cases = Files.readString(Samples.path("cases-2026-10.csv")).replaceFirst("ODE-0003", "010190 1234");
        Path file = Files.writeString(dir.resolve("cases-2026-10-borger 020290-4321.csv"), cases);
        List<Path> before = files();
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            HeadlessChromium.signIn(page, url(""), "data");
            page.navigate(url("/imports"));
            page.locator("vaadin-upload").waitFor();

            page.locator("vaadin-upload input[type=file]").setInputFiles(file);
            PlaywrightAssertions.assertThat(page.locator(".import-status")).containsText("er modtaget");
            page.locator("vaadin-button[theme~='primary']").click();
            PlaywrightAssertions.assertThat(page.locator(".import-status")).containsText("blev ikke indlæst",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));

            // what the server sends: the tab title, the status, the list of imports (the browser itself
            // announces the chosen file's name to a screen reader; that never leaves the machine)
            String shown = page.title() + page.locator(".import-status").textContent()
                    + page.locator("vaadin-grid").textContent();
            assertThat(shown).doesNotContain("010190").doesNotContain("020290").contains("***.csv");
            assertThat(page.locator("vaadin-upload-file").count()).as("the chosen file's name is not left on the page")
                    .isZero();
            assertThat(files()).as("a CPR rejection keeps no copy").isEqualTo(before);
            page.navigate(url("/cases?municipality=461"));
            page.locator("vaadin-grid").waitFor();
            assertThat(page.title() + page.locator("body").innerText()).doesNotContain("010190");
        }
    }

    private List<Path> files() throws IOException {
        if (!Files.isDirectory(uploads.folder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(uploads.folder())) {
            return files.sorted().toList();
        }
    }
}
