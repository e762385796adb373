package dk.samspil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import dk.samspil.mail.MailKind;
import dk.samspil.mail.MailPreferences;
import dk.samspil.mail.UnsubscribeTokens;
import dk.samspil.security.UserAccounts;
import dk.samspil.support.Axe;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The mail pages in a real browser, in Danish and English, checked with axe-core (WCAG 2.1 AA): Mine
 * indstillinger, the unsubscribe page reached from a mail's link without sign-in, and the dialog that
 * mails a wave's invitations, showing a refused list. Screenshots in target/screenshots/mail-*.png.
 */
class MailPagesIT extends BrowserTest {

    private static final long WAIT = 30_000;
    private static final Path SHOTS = Path.of("target/screenshots");

    @Autowired
    UnsubscribeTokens tokens;
    @Autowired
    MailPreferences preferences;
    @Autowired
    UserAccounts users;

    @Test
    void the_settings_the_unsubscribe_page_and_the_mail_dialog_meet_wcag_2_1_aa_in_danish_and_english() {
        long data = users.find("data").orElseThrow().id();
        String unsubscribe = url("/afmeld/" + tokens.token(data, MailKind.PROGRAMME_DIGEST));
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
                BrowserContext stranger = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(800, 900))) {
            Page page = context.newPage();
            HeadlessChromium.signIn(page, url(""), "data");
            Page anonymous = stranger.newPage();
            for (String language : List.of("da", "en")) {
                if (language.equals("en")) {
                    // the cookie the language switch sets: in development mode Vaadin's Copilot overlay takes the click
                    context.addCookies(List.of(new Cookie("samspil-lang", "en").setUrl(url("/"))));
                    stranger.addCookies(List.of(new Cookie("samspil-lang", "en").setUrl(url("/"))));
                }
                page.navigate(url("/mine-indstillinger"));
                page.locator("main.my-settings vaadin-checkbox").first().waitFor(patiently());
                page.getByText(language.equals("da") ? "Mine indstillinger" : "My settings").first().waitFor(patiently());
                page.waitForTimeout(500);
                assertThat(Axe.violations(page)).as("axe-core on /mine-indstillinger in " + language).isEmpty();
                page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("mail-settings-" + language + ".png")));

                anonymous.navigate(unsubscribe);
                anonymous.locator("main.unsubscribe-view vaadin-button.unsubscribe-confirm").waitFor(patiently());
                anonymous.waitForTimeout(500);
                assertThat(Axe.violations(anonymous)).as("axe-core on the unsubscribe page in " + language).isEmpty();
                anonymous.locator("main.unsubscribe-view vaadin-button.unsubscribe-confirm").click();
                anonymous.getByText(language.equals("da") ? "Du er afmeldt." : "You are unsubscribed.",
                        new Page.GetByTextOptions()).first().waitFor(patiently());
                assertThat(Axe.violations(anonymous)).as("axe-core on the unsubscribed page in " + language).isEmpty();
                anonymous.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("mail-unsubscribe-" + language + ".png")));
                assertThat(preferences.wants(data, MailKind.PROGRAMME_DIGEST)).isFalse();
                preferences.set(data, MailKind.PROGRAMME_DIGEST, true);
                anonymous.navigate(unsubscribe.substring(0, unsubscribe.length() - 2) + "xx");
                anonymous.locator("main.unsubscribe-view .unsubscribe-message").waitFor(patiently());
                assertThat(anonymous.locator("main.unsubscribe-view vaadin-button.unsubscribe-confirm").count()).as("a forged link").isZero();

                page.navigate(url("/waves"));
                page.locator("main.page vaadin-grid").first().waitFor(patiently());
                page.locator("vaadin-button", new Page.LocatorOptions().setHasText(
                        language.equals("da") ? "Send pr. mail" : "Send by mail")).first().click();
                Locator addresses = page.locator("vaadin-text-area textarea").first();
                addresses.waitFor(patiently());
                addresses.fill("someone@example.org\nnot an address");
                page.locator("vaadin-button", new Page.LocatorOptions().setHasText(
                        language.equals("da") ? "Send invitationer" : "Send invitations")).click();
                page.getByText(language.equals("da") ? "Linje 2 er ikke en mailadresse." : "Line 2 is not an e-mail address.",
                        new Page.GetByTextOptions()).first().waitFor(patiently());
                page.waitForTimeout(500);
                assertThat(Axe.violations(page)).as("axe-core on the mail dialog in " + language).isEmpty();
                page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("mail-dialog-" + language + ".png")));
                page.keyboard().press("Escape");
            }
        }
        assertThat(SHOTS.resolve("mail-dialog-en.png")).exists();
    }

    private static Locator.WaitForOptions patiently() {
        return new Locator.WaitForOptions().setTimeout(WAIT);
    }
}
