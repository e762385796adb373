package dk.samspil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dk.samspil.support.Axe;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.HeadlessChromium;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every dashboard in a real browser, the way a reader uses it: change a filter, see the URL follow,
 * reload the URL and get the same view, download a chart's figures and find the chart's numbers in
 * the file — and axe-core finds nothing on the page.
 */
class DashboardsIT extends BrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** A page, the filter a reader changes, the option chosen and the URL parameter it must leave. */
    record Journey(String path, String filterLabel, String option, String expectedInUrl) {
    }

    private static final List<Journey> JOURNEYS = List.of(
            new Journey("/overview", "Periode", "Seneste 12 måneder", "period=12m"),
            new Journey("/meetings", "Periode", "Seneste 12 måneder", "period=12m"),
            new Journey("/outcomes", "Indikator", "Psykiatriske indlæggelser", "indicator=ADMISSIONS"),
            new Journey("/culture", "Mål", "Rolleklarhed", "construct=ROLE_CLARITY"),
            new Journey("/compare", "Periode", "Seneste 24 måneder", "period=24m"));

    @Test
    void each_dashboard_keeps_its_filter_in_the_url_and_exports_the_figures_it_draws() throws IOException {
        try (BrowserContext context = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1400, 1000).setAcceptDownloads(true))) {
            Page page = context.newPage();
            HeadlessChromium.signIn(page, url(""), "styregruppe");
            long downloadsBefore = figureDownloads();
            for (Journey journey : JOURNEYS) {
                page.navigate(url(journey.path()));
                waitForCharts(page);
                choose(page, journey.filterLabel(), journey.option());
                page.waitForURL(u -> u.contains(journey.expectedInUrl()), new Page.WaitForURLOptions().setTimeout(30_000));
                waitForCharts(page);
                String chosenUrl = page.url();

                page.goBack();
                page.waitForURL(u -> !u.contains(journey.expectedInUrl()), new Page.WaitForURLOptions().setTimeout(30_000));
                waitForCharts(page);
                PlaywrightAssertions.assertThat(selectValue(page, journey.filterLabel())).not().containsText(journey.option());
                page.goForward();
                page.waitForURL(u -> u.contains(journey.expectedInUrl()), new Page.WaitForURLOptions().setTimeout(30_000));
                waitForCharts(page);
                PlaywrightAssertions.assertThat(selectValue(page, journey.filterLabel())).containsText(journey.option());

                page.reload();
                waitForCharts(page);
                assertThat(page.url()).as(journey.path()).isEqualTo(chosenUrl);
                // the filter shows the URL's choice (Playwright's assertion waits for the round trip)
                PlaywrightAssertions.assertThat(selectValue(page, journey.filterLabel())).containsText(journey.option());

                assertTheCsvHoldsTheChartsFigures(page, journey.path());
                assertThat(Axe.violations(page)).as("axe-core on " + chosenUrl).isEmpty();
            }
            assertThat(figureDownloads()).as("every CSV fetched is in the audit log").isGreaterThan(downloadsBefore);
        }
    }

    @Test
    void at_1024_px_the_heatmap_says_it_scrolls_sideways_and_its_region_takes_keyboard_focus() {
        try (BrowserContext context = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1024, 768))) {
            Page page = context.newPage();
            HeadlessChromium.signIn(page, url(""), "styregruppe");
            page.navigate(url("/overview"));
            waitForCharts(page);
            Locator region = page.locator(".heatmap-scroll[role='region']");
            assertThat((Boolean) region.evaluate("r => r.scrollWidth > r.clientWidth")).as("columns are hidden at 1024 px").isTrue();
            PlaywrightAssertions.assertThat(page.locator("#heatmap-scroll-cue")).isVisible();
            PlaywrightAssertions.assertThat(page.locator("#heatmap-scroll-cue")).hasText("↔ Rul vandret for at se alle kolonner");
            PlaywrightAssertions.assertThat(region).hasAttribute("aria-label", "Alle kommuner set mod programmet");
            page.locator("#heatmap-scroll-cue").scrollIntoViewIfNeeded();
            page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/overview-heatmap-1024.png")));
            region.focus();
            assertThat((Boolean) region.evaluate("r => r === document.activeElement")).as("the region takes focus").isTrue();
            page.keyboard().press("ArrowRight");
            page.waitForFunction("() => document.querySelector('.heatmap-scroll').scrollLeft > 0", null,
                    new Page.WaitForFunctionOptions().setTimeout(10_000));
        }
    }

    private long figureDownloads() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE username = 'styregruppe' AND action = 'DOWNLOAD_FIGURES'")
                .query(Long.class).single();
    }

    /** Waits until Vaadin has no round trip under way and every visible chart has drawn. */
    private static void waitForCharts(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive || !client.isActive())"
                + " && document.querySelectorAll('main.page samspil-apex-chart').length > 0", null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        page.locator("main.page h2").first().waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        page.waitForFunction("() => [...document.querySelectorAll('samspil-apex-chart')]"
                + ".filter(c => c.offsetParent !== null).every(c => c.dataset.rendered === 'true')",
                null, new Page.WaitForFunctionOptions().setTimeout(30_000));
    }

    private static Locator select(Page page, String label) {
        return page.locator("vaadin-select").filter(new Locator.FilterOptions()
                .setHas(page.locator("label", new Page.LocatorOptions().setHasText(label))));
    }

    private static void choose(Page page, String label, String option) {
        select(page, label).first().click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(option)).first().click();
    }

    private static Locator selectValue(Page page, String label) {
        return select(page, label).first().locator("vaadin-select-value-button");
    }

    /** A CSV cell as a number; empty or words ("too few answers to show") are no figure. */
    private static Double number(String cell) {
        String plain = cell.replace(',', '.').replace(" %", "");
        return plain.matches("-?\\d+(\\.\\d+)?") ? Double.valueOf(plain) : null;
    }

    /** The first category chart with a CSV: every series' numbers are the column of the same name. */
    private static void assertTheCsvHoldsTheChartsFigures(Page page, String path) throws IOException {
        Locator cards = page.locator("section.chart-card:has(samspil-apex-chart[data-rendered='true']):has(a.figures-csv)");
        assertThat(cards.count()).as("charts with a CSV on " + path).isPositive();
        for (int i = 0; i < cards.count(); i++) {
            Locator card = cards.nth(i);
            JsonNode config = JSON.readTree((String) card.locator("samspil-apex-chart").evaluate("c => c.config"));
            if (!config.path("xaxis").has("categories")) {
                continue;
            }
            // fetched with the page's own session, as the browser's download would be
            String href = card.locator("a.figures-csv").getAttribute("href");
            com.microsoft.playwright.APIResponse response = page.context().request()
                    .get(java.net.URI.create(page.url()).resolve(href).toString());
            assertThat(response.status()).as(path + " CSV download " + href + " -> " + response.statusText() + " " + response.text().substring(0, Math.min(300, response.text().length()))).isEqualTo(200);
            assertThat(response.headers().get("content-type")).startsWith("text/csv");
            String csv = new String(response.body(), StandardCharsets.UTF_8);
            assertThat(csv).as("Danish Excel wants a byte-order mark").startsWith("\uFEFF");
            List<List<String>> rows = Arrays.stream(csv.substring(1).split("\r\n")).map(line -> List.of(line.split(";", -1)))
                    .toList();
            List<String> header = rows.getFirst();
            for (JsonNode series : config.get("series")) {
                int column = header.indexOf(series.get("name").asString());
                assertThat(column).as(path + ": a CSV column for " + series.get("name")).isPositive();
                List<Double> drawn = new ArrayList<>();
                series.get("data").forEach(value -> drawn.add(value.isNull() ? null : value.asDouble()));
                List<Double> exported = rows.subList(1, rows.size()).stream()
                        .map(row -> number(row.get(column))).toList();
                assertThat(exported).as(path + ": " + series.get("name")).hasSameSizeAs(drawn);
                for (int k = 0; k < drawn.size(); k++) {
                    if (drawn.get(k) == null) {
                        assertThat(exported.get(k)).isNull();
                    } else {
                        assertThat(exported.get(k)).as(path + " row " + k).isCloseTo(drawn.get(k),
                                org.assertj.core.data.Offset.offset(0.006));
                    }
                }
            }
            return;
        }
        throw new AssertionError("no category chart with a CSV on " + path);
    }
}
