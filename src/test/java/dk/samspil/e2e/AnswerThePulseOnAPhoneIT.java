package dk.samspil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dk.samspil.support.Axe;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.HeadlessChromium;
import dk.samspil.support.OpenWaveInvitation;
import dk.samspil.survey.Invitations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A professional opens an invitation link on a 360 × 740 phone, answers the pulse with the
 * keyboard only, submits and is thanked; the link then says it was used; axe-core finds nothing.
 */
class AnswerThePulseOnAPhoneIT extends BrowserTest {

    @Autowired
    Invitations invitations;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_professional_answers_the_pulse_with_the_keyboard_only_on_a_phone() {
        String token = invitation();
        long before = jdbc.sql("SELECT COUNT(*) FROM survey_response").query(Long.class).single();
        long scoredBefore = jdbc.sql("SELECT COUNT(*) FROM survey_answer WHERE score IS NOT NULL").query(Long.class).single();
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            Locator questions = openSurvey(page, token);
            assertThat(questions.count()).isEqualTo(14);
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("da");
            assertThat(Axe.violations(page)).as("axe-core on the survey").isEmpty();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/survey-360.png")).setFullPage(true));

            Keyboard keyboard = page.keyboard();
            for (int i = 0; i < questions.count(); i++) {
                Locator question = questions.nth(i);
                while (!(Boolean) question.evaluate("q => q.contains(document.activeElement) || q.hasAttribute('focused')"
                        + " || q.querySelector(':focus') !== null")) {
                    keyboard.press("Tab");
                }
                keyboard.press("ArrowRight");
                keyboard.press("ArrowRight");
                keyboard.press("Space");
            }
            PlaywrightAssertions.assertThat(page.locator("#survey-progress-text")).hasText("14 af 14 besvaret");
            while (!(Boolean) page.locator("vaadin-button[theme~='primary']").evaluate("b => b.hasAttribute('focused')"
                    + " || b === document.activeElement")) {
                keyboard.press("Tab");
            }
            keyboard.press("Enter");

            page.locator(".survey-thanks").waitFor(new Locator.WaitForOptions().setTimeout(30_000));
            assertThat(page.locator(".survey-thanks h2").textContent()).isEqualTo("Tak");
            assertThat(Axe.violations(page)).as("axe-core on the thank-you").isEmpty();

            page.navigate(url("/survey/" + token));
            page.locator(".survey-message").waitFor(new Locator.WaitForOptions().setTimeout(30_000));
            assertThat(page.locator(".survey-message h2").textContent()).isEqualTo("Linket er brugt");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response").query(Long.class).single()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_answer WHERE score IS NOT NULL").query(Long.class).single())
                .as("every answer chosen by keyboard was stored").isEqualTo(scoredBefore + 14);
    }

    @Test
    void sending_with_items_missing_marks_each_says_how_many_and_puts_focus_on_the_first_missing_radio() {
        String token = invitation();
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            Locator questions = openSurvey(page, token);
            Keyboard keyboard = page.keyboard();
            // the first and the third are answered by keyboard, the other twelve are left open
            for (int i : new int[] {0, 2}) {
                Locator question = questions.nth(i);
                while (!(Boolean) question.evaluate("q => q.contains(document.activeElement)")) {
                    keyboard.press("Tab");
                }
                keyboard.press("Space");
            }
            PlaywrightAssertions.assertThat(page.locator("#survey-progress-text")).hasText("2 af 14 besvaret");
            page.locator("vaadin-button[theme~='primary']").focus();
            keyboard.press("Enter");

            PlaywrightAssertions.assertThat(page.locator(".survey-error")).containsText("12 spørgsmål mangler svar");
            for (int i = 0; i < questions.count(); i++) {
                Locator question = questions.nth(i);
                if (i == 0 || i == 2) {
                    PlaywrightAssertions.assertThat(question).not().hasAttribute("aria-invalid", "true");
                } else {
                    PlaywrightAssertions.assertThat(question).hasAttribute("aria-invalid", "true");
                    PlaywrightAssertions.assertThat(question.locator("[slot='error-message']")).hasText("Mangler svar");
                    PlaywrightAssertions.assertThat(question.locator("[slot='error-message']")).isVisible();
                }
            }
            // where focus really is, looking through shadow roots: the first radio of the second item
            String focused = (String) page.evaluate("""
                    () => { let active = document.activeElement;
                      while (active && active.shadowRoot && active.shadowRoot.activeElement) { active = active.shadowRoot.activeElement; }
                      const radio = active && active.closest('vaadin-radio-button');
                      const group = active && active.closest('vaadin-radio-group');
                      return active.tagName + '|' + (active.type || '') + '|' + (group ? group.dataset.item : '')
                        + '|' + (radio && group ? [...group.querySelectorAll('vaadin-radio-button')].indexOf(radio) : -1); }""");
            String secondItem = questions.nth(1).getAttribute("data-item");
            assertThat(focused).as("focus after sending with items missing").isEqualTo("INPUT|radio|" + secondItem + "|0");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/survey-360-missing.png")));
            assertThat(Axe.violations(page)).as("axe-core on the survey with items marked").isEmpty();

            // answering a marked item takes its mark away
            keyboard.press("Space");
            PlaywrightAssertions.assertThat(questions.nth(1)).not().hasAttribute("aria-invalid", "true");
        }
    }

    @Test
    void in_english_the_survey_with_every_item_missing_is_marked_and_meets_wcag_too() {
        String token = invitation();
        try (BrowserContext context = phone()) {
            // the cookie the language switch sets
            context.addCookies(List.of(new Cookie("samspil-lang", "en").setUrl(url("/"))));
            Page page = context.newPage();
            Locator questions = openSurvey(page, token);
            assertThat(page.locator("html").getAttribute("lang")).startsWith("en");
            page.locator("vaadin-button[theme~='primary']").click();

            PlaywrightAssertions.assertThat(page.locator(".survey-error")).containsText("14");
            PlaywrightAssertions.assertThat(questions.first()).hasAttribute("aria-invalid", "true");
            PlaywrightAssertions.assertThat(questions.first().locator("[slot='error-message']")).isVisible();
            assertThat(Axe.violations(page)).as("axe-core on the English survey with items marked").isEmpty();
        }
    }

    @Test
    void a_made_up_link_gets_a_friendly_message() {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740))) {
            Page page = context.newPage();
            page.navigate(url("/survey/made-up-token"));
            page.locator(".survey-message").waitFor(new Locator.WaitForOptions().setTimeout(30_000));
            assertThat(page.locator(".survey-message h2").textContent()).isEqualTo("Linket virker ikke");
        }
    }

    private BrowserContext phone() {
        return chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(360, 740).setIsMobile(true).setHasTouch(true));
    }

    /** Opens the invitation's survey and waits for its questions. */
    private Locator openSurvey(Page page, String token) {
        page.navigate(url("/survey/" + token));
        Locator questions = page.locator("vaadin-radio-group.survey-question");
        questions.first().waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        return questions;
    }

    private String invitation() {
        return OpenWaveInvitation.odenseSocialServices(invitations, users, jdbc);
    }
}
