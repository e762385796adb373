package dk.samspil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import dk.samspil.support.Axe;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.HeadlessChromium;
import org.junit.jupiter.api.Test;

/**
 * The Culture page in Chromium with the demo data (docs/decisions/0028): the whole programme's
 * relational-coordination network pooled over the latest half-year is drawn, and so is Odense's; Fanø's
 * lead sees Fanø pooled, or in words why not — and axe-core finds nothing, in Danish and English.
 */
class CultureIT extends BrowserTest {

    private static final double WAIT = 60_000;

    /** The chosen period's words end before the select's arrow: nothing of them is hidden behind an ellipsis. */
    private static final String PERIOD_SHOWN_WHOLE = """
            select => {
              const value = select.querySelector('vaadin-select-value-button');
              const words = document.createRange();
              words.selectNodeContents(value);
              const toggle = select.shadowRoot.querySelector('[part="toggle-button"]');
              const end = toggle ? toggle.getBoundingClientRect().left : value.getBoundingClientRect().right;
              return value.textContent.trim().length > 0 && words.getBoundingClientRect().right <= end;
            }""";

    @Test
    void the_programme_and_odense_pooled_over_six_months_draw_their_network_in_danish_and_english() {
        try (BrowserContext context = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1400, 1000))) {
            Page page = context.newPage();
            HeadlessChromium.signIn(page, url(""), "styregruppe");
            for (String language : List.of("da", "en")) {
                if (language.equals("en")) {
                    context.addCookies(List.of(new Cookie("samspil-lang", "en").setUrl(url("/"))));
                }
                open(page, "/culture?municipality=programme&period=HALF_YEAR&construct=RELATIONAL_COORDINATION");
                assertThat(page.locator("main.page svg[role='img'] [marker-end]").count())
                        .as("the programme's network is drawn").isPositive();
                assertThat(Axe.violations(page)).as("axe-core on the programme's culture in " + language).isEmpty();
                page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/culture-programme-" + language
                        + ".png")).setFullPage(true));

                open(page, "/culture?municipality=461&period=HALF_YEAR&construct=RELATIONAL_COORDINATION");
                assertThat(page.locator("main.page svg[role='img'] [marker-end]").count())
                        .as("Odense's network, pooled over six months, is drawn").isPositive();
                assertThat(Axe.violations(page)).as("axe-core on Odense's culture in " + language).isEmpty();
                assertThat((Boolean) page.locator("#culture-period").evaluate(PERIOD_SHOWN_WHOLE))
                        .as("the period's longest choice is not cut off at 1400 px, in " + language).isTrue();
                page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/culture-odense-6m-" + language
                        + ".png")).setFullPage(true));
            }
        }
    }

    @Test
    void fanoes_lead_sees_fanoe_pooled() {
        try (BrowserContext context = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1400, 1000))) {
            Page page = context.newPage();
            HeadlessChromium.signIn(page, url(""), "leder.fanoe");
            open(page, "/culture");
            assertThat(page.url()).as("a lead opens on their own municipality").doesNotContain("programme");
            open(page, "/culture?municipality=563&period=HALF_YEAR");
            assertThat(page.locator("main.page").innerText()).contains("Puljet over de lukkede runder i");
            assertThat(Axe.violations(page)).as("axe-core on Fanø's culture").isEmpty();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/culture-fanoe-lead.png"))
                    .setFullPage(true));
        }
    }

    private void open(Page page, String path) {
        page.navigate(url(path));
        page.locator("main.page h2").first().waitFor(new Locator.WaitForOptions().setTimeout(WAIT));
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
                + ".every(client => !client.isActive || !client.isActive())", null,
                new Page.WaitForFunctionOptions().setTimeout(WAIT));
        page.waitForFunction("() => [...document.querySelectorAll('samspil-apex-chart')]"
                + ".filter(c => c.offsetParent !== null).every(c => c.dataset.rendered === 'true')",
                null, new Page.WaitForFunctionOptions().setTimeout(WAIT));
    }
}
