package dk.samspil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

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
 * The user administration's journey in a real browser: the data manager makes a municipal lead and
 * hands over the one-time link; the lead chooses a password with it, signs in and sees only their own
 * municipality's cases; the data manager disables them, which ends their session and their sign-ins.
 */
class ManageUsersIT extends BrowserTest {

    private static final String PASSWORD = "Syv-Grønne-Heste-Galoperer";
    private static final long WAIT = 30_000;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_lead_made_by_the_data_manager_sets_a_password_by_link_sees_only_their_cases_and_is_disabled_again() {
        String lead = "leder.it" + UUID.randomUUID().toString().substring(0, 6);
        try (BrowserContext admin = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
                BrowserContext newcomer = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1000, 800))) {
            Page data = admin.newPage();
            HeadlessChromium.signIn(data, url(""), "data");
            String link = createLead(data, lead);
            assertThat(link).startsWith(url("/adgangskode/"));
            data.getByText("Log ud").click();
            data.waitForURL("**/login");

            Page page = newcomer.newPage();
            setPassword(page, link);
            signIn(page, lead, PASSWORD);
            page.navigate(url("/cases"));
            page.locator("main.page vaadin-grid").first().waitFor(new Locator.WaitForOptions().setTimeout(WAIT));
            assertThat(page.locator("vaadin-select").first().isVisible()).as("no other municipality to choose").isFalse();
            page.navigate(url("/cases?municipality=563"));
            page.locator(".not-allowed").waitFor(new Locator.WaitForOptions().setTimeout(WAIT));

            HeadlessChromium.signIn(data, url(""), "data");
            data.navigate(url("/users?q=" + lead));
            data.locator("vaadin-button[aria-label='Deaktivér " + lead + "']").click();
            data.getByText("Brugeren er deaktiveret").waitFor(new Locator.WaitForOptions().setTimeout(WAIT));

            page.navigate(url("/overview"));
            page.waitForURL("**/login");
            signInRefused(page, lead, PASSWORD);
            page.navigate(url(link.substring(url("").length())));
            page.getByText("allerede brugt", new Page.GetByTextOptions()).first()
                    .waitFor(new Locator.WaitForOptions().setTimeout(WAIT));
        }
        assertThat(audit(lead)).containsSubsequence(
                "data USER_CREATED ALLOWED",
                lead + " PASSWORD_SET ALLOWED",
                lead + " SIGN_IN ALLOWED",
                "data USER_CHANGED ALLOWED",
                lead + " SESSION_ENDED_ACCOUNT_CHANGED ALLOWED",
                lead + " SIGN_IN FAILED");
    }

    @Test
    void the_user_pages_meet_wcag_2_1_aa_in_danish_and_english() throws Exception {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            HeadlessChromium.signIn(page, url(""), "data");
            for (String language : List.of("Dansk", "English")) {
                page.navigate(url("/users"));
                page.locator("main.page vaadin-grid").first().waitFor(new Locator.WaitForOptions().setTimeout(WAIT));
                if (language.equals("English")) {
                    // the cookie the language switch sets: in development mode Vaadin's Copilot overlay takes the click
                    context.addCookies(List.of(new Cookie("samspil-lang", "en").setUrl(url("/"))));
                    page.navigate(url("/users"));
                    page.getByText("Sign out").waitFor(new Locator.WaitForOptions().setTimeout(WAIT));
                }
                page.waitForTimeout(500);
                assertThat(Axe.violations(page)).as("axe-core on /users in " + language).isEmpty();
                page.locator("main.page vaadin-button.create-user").click();
                page.locator("#user-username").waitFor(new Locator.WaitForOptions().setTimeout(WAIT));
                page.waitForTimeout(500);
                assertThat(Axe.violations(page)).as("axe-core on the new-user dialog in " + language).isEmpty();
                page.keyboard().press("Escape");

                String link = linkFor(page, "leder.fanoe");
                page.navigate(link);
                page.locator("vaadin-password-field").first().waitFor(new Locator.WaitForOptions().setTimeout(WAIT));
                assertThat(Axe.violations(page)).as("axe-core on the password link page in " + language).isEmpty();
                page.navigate(url("/adgangskode/no-such-link"));
                page.locator("main h2").waitFor(new Locator.WaitForOptions().setTimeout(WAIT));
                assertThat(Axe.violations(page)).as("axe-core on an unknown link in " + language).isEmpty();
            }
        }
        Path folder = Path.of("target/screenshots");
        Screenshots.main(new String[] {url(""), "data", folder.toString(), "users"});
        assertThat(folder.resolve("data-users.png")).exists();
    }

    /** Makes the lead in the New user dialog and returns the link the dialog shows once. */
    private String createLead(Page page, String lead) {
        page.navigate(url("/users"));
        page.locator("main.page vaadin-button.create-user").click();
        page.locator("#user-username input").fill(lead);
        page.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHas(page.locator("label",
                new Page.LocatorOptions().setHasText("Navn")))).locator("input").last().fill("Leder (browser test)");
        choose(page, "#user-role", "Kommunal leder");
        choose(page, "#user-municipality", "Odense");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Gem")).last().click();
        return shownLink(page);
    }

    private String linkFor(Page page, String username) {
        page.navigate(url("/users?q=" + username));
        page.locator("vaadin-button[aria-label$=' " + username + "']").last().click();
        return shownLink(page);
    }

    private static String shownLink(Page page) {
        Locator field = page.locator("vaadin-text-field.one-time-link input");
        field.waitFor(new Locator.WaitForOptions().setTimeout(WAIT));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/users-link-dialog.png")));
        String link = field.inputValue();
        page.keyboard().press("Escape");
        return link;
    }

    private void setPassword(Page page, String link) {
        page.navigate(link);
        page.locator("vaadin-password-field input").first().waitFor(new Locator.WaitForOptions().setTimeout(WAIT));
        page.locator("vaadin-password-field input").first().fill("kort");
        page.locator("vaadin-password-field input").last().fill("kort");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Gem adgangskode")).click();
        page.getByText("mindst 12 tegn").first().waitFor(new Locator.WaitForOptions().setTimeout(WAIT));
        page.locator("vaadin-password-field input").first().fill(PASSWORD);
        page.locator("vaadin-password-field input").last().fill(PASSWORD);
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Gem adgangskode")).click();
        page.getByText("Adgangskoden er gemt").waitFor(new Locator.WaitForOptions().setTimeout(WAIT));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/password-set-da.png")));
    }

    private void signIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("input[name='password']").press("Enter");
        page.locator("vaadin-side-nav").waitFor(new Locator.WaitForOptions().setTimeout(WAIT));
    }

    private void signInRefused(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL("**/login?error");
        assertThat(page.locator("vaadin-side-nav").count()).isZero();
    }

    private static void choose(Page page, String select, String option) {
        page.locator(select).click();
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText(option)).first().click();
    }

    /** The audit rows by or about the user, oldest first, as "who ACTION OUTCOME". */
    private List<String> audit(String username) {
        return jdbc.sql("SELECT CONCAT(username, ' ', action, ' ', outcome) FROM audit_log WHERE username = ? "
                + "OR target LIKE ? ORDER BY id").params(username, "user " + username + ":%").query(String.class).list();
    }
}
