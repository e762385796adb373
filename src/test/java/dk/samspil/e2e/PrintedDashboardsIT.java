package dk.samspil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.HeadlessChromium;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Every dashboard printed from Chromium ({@code page.pdf()}, A4): the side menu, the top bar and
 * the signed-in user are not on the paper, the page's title and its charts' words are. The PDFs
 * go to target/printed, to look at (pdftoppm) whether every chart is whole.
 */
class PrintedDashboardsIT extends BrowserTest {

    /** A dashboard and words its own content prints (titles, chart labels), whatever the data. */
    record Printed(String path, List<String> figures) {
    }

    private static final List<Printed> DASHBOARDS = List.of(
            new Printed("/overview", List.of("Programmet på én side", "Aktive forløb", "Netværksmøder")),
            new Printed("/municipalities", List.of("Kommuner", "Odense")),
            new Printed("/meetings", List.of("Netværksmøder")),
            new Printed("/outcomes", List.of("Resultater")),
            new Printed("/compare", List.of("Sammenlign kommuner")),
            new Printed("/culture", List.of("Samarbejdskultur")));

    /** In the drawer and the top bar only: the menu's pages, the tagline, the user and the sign-out. */
    private static final List<String> MENU = List.of("Overblik", "Kultur", "Samarbejdet omkring borgeren",
            "Log ud", "styregruppe", "English");

    @Test
    void each_dashboard_prints_without_the_menu_and_with_its_own_content() throws IOException {
        Path pictures = Files.createDirectories(Path.of("target/printed"));
        try (BrowserContext context = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1400, 1000))) {
            Page page = context.newPage();
            HeadlessChromium.signIn(page, url(""), "styregruppe");
            for (Printed dashboard : DASHBOARDS) {
                page.navigate(url(dashboard.path()));
                waitForCharts(page);
                // as the browser prints: no media emulation of the live page first, which would make
                // ApexCharts redraw (animated) for the new layout while the PDF is taken
                byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true));
                Files.write(pictures.resolve(dashboard.path().substring(1) + ".pdf"), pdf);
                String text = text(pdf);
                for (String label : MENU) {
                    assertThat(text).as(dashboard.path() + " printed without the menu's '" + label + "'").doesNotContain(label);
                }
                for (String figure : dashboard.figures()) {
                    assertThat(text).as(dashboard.path() + " printed with '" + figure + "'").contains(figure);
                }
            }
        }
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void waitForCharts(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive || !client.isActive())",
                null, new Page.WaitForFunctionOptions().setTimeout(30_000));
        page.locator("main.page h2").first().waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        page.waitForFunction("() => [...document.querySelectorAll('samspil-apex-chart')]"
                + ".filter(c => c.offsetParent !== null).every(c => c.dataset.rendered === 'true')",
                null, new Page.WaitForFunctionOptions().setTimeout(30_000));
    }
}
