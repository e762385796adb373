package dk.samspil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dk.samspil.security.NewUser;
import dk.samspil.security.Role;
import dk.samspil.security.UserAccounts;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.HeadlessChromium;
import dk.samspil.support.SignIn;
import dk.samspil.survey.AnswerSet;
import dk.samspil.survey.SurveyAnswering;
import dk.samspil.survey.SurveyForm;
import dk.samspil.survey.SurveyOutcome;
import dk.samspil.survey.SurveyWaves;
import dk.samspil.survey.WaveKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The differencing attack of issue 10, played by a curious municipal lead with nothing but the
 * normal screens: make the invitation links, look at the results, see one named recipient answer,
 * look again and subtract. While the wave is open there is nothing to subtract; once it is closed
 * the results appear, and a late answer can neither get in nor refresh them (docs/decisions/0011).
 */
class DifferencingAttackIT extends BrowserTest {

    private static final int KOLDING = 621;
    private static final String LEAD = "leder.kolding";

    @Autowired
    UserAccounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    SurveyWaves waves;
    @Autowired
    SurveyAnswering answering;
    @Autowired
    JdbcClient jdbc;

    private Long wave;

    @AfterEach
    void moveTheWaveOutOfTheWay() {
        // a closed wave of next month would be the newest for the other browser tests of this run
        if (wave != null) {
            jdbc.sql("UPDATE survey_wave SET period = '2001-03-01' WHERE id = ? AND status = 'CLOSED'").param(wave).update();
        }
    }

    @Test
    void a_lead_who_sees_one_recipient_answer_learns_no_figure_and_a_closed_wave_is_not_refreshed_by_a_late_answer()
            throws IOException {
        YearMonth next = YearMonth.now().plusMonths(1);
        openWaveAsTheLead(next);
        try (BrowserContext lead = chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1400, 1000).setAcceptDownloads(true));
             BrowserContext recipient = chromium.browser().newContext(new Browser.NewContextOptions()
                     .setViewportSize(360, 740).setIsMobile(true).setHasTouch(true));
             BrowserContext latecomer = chromium.browser().newContext(new Browser.NewContextOptions()
                     .setViewportSize(360, 740))) {
            Page page = lead.newPage();
            HeadlessChromium.signIn(page, url(""), LEAD);
            List<String> links = makeLinks(page, 8);
            for (String link : links.subList(0, 6)) {
                answerQuietly(link, 2 + links.indexOf(link) % 4);
            }

            // the lead looks at everything the screens offer, before and after the named recipient answers
            String cultureBefore = culture(page);
            List<String> countsBefore = counts(page);
            assertThat(resultsOffered(page)).as("no results CSV for the open wave").isFalse();
            assertThat(countsBefore).containsSubsequence("Kolding", "Psykiatri", "6", "75 %");
            String usedDaysAgo = usedPage(recipient, links.get(0));

            Page phone = recipient.newPage();
            answerOnThePhone(phone, links.get(6));
            Page late = latecomer.newPage();
            late.navigate(url("/survey/" + links.get(7)));
            late.locator("vaadin-radio-group.survey-question").first().waitFor(new Locator.WaitForOptions().setTimeout(30_000));

            assertThat(culture(page)).as("the Culture page after the answer").isEqualTo(cultureBefore);
            assertThat(counts(page)).as("only the count moves").containsSubsequence("Kolding", "Psykiatri", "7", "88 %");
            assertThat(resultsOffered(page)).isFalse();
            assertThat(usedPage(recipient, links.get(6))).as("the link used a moment ago").isEqualTo(usedDaysAgo);

            closeTheWave(page);
            String results = downloadResults(page, next);
            assertThat(results).contains("621;Kolding;Psykologisk tryghed;7;");
            assertThat(culture(page)).as("the closed wave is on the Culture page now").isNotEqualTo(cultureBefore);

            answerAll(late);
            late.locator(".survey-message").waitFor(new Locator.WaitForOptions().setTimeout(30_000));
            PlaywrightAssertions.assertThat(late.locator(".survey-message h2")).hasText("Pulsmålingen er lukket");
            assertThat(downloadResults(page, next)).as("the results after the late answer").isEqualTo(results);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE wave_id = ?").param(wave).query(Long.class).single())
                .isEqualTo(7);
    }

    private void openWaveAsTheLead(YearMonth next) {
        if (accounts.find(LEAD).isEmpty()) {
            accounts.create(new NewUser(LEAD, "Kommunal leder, Kolding (test)", "samspil-demo", Role.MUNICIPAL_LEAD,
                    KOLDING, null));
        }
        SignIn.as(users, LEAD);
        try {
            wave = waves.open(next, WaveKind.PULSE, Set.of(KOLDING));
        } finally {
            SignIn.out();
        }
    }

    /** Invitation links for psychiatry from the Pulsmålinger page, as the lead mail-merges them. */
    private List<String> makeLinks(Page page, int count) {
        waves(page);
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Invitationslinks")).first().click();
        Locator sector = page.locator("vaadin-select").filter(new Locator.FilterOptions()
                .setHas(page.locator("label", new Page.LocatorOptions().setHasText("Sektor"))));
        sector.click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Psykiatri")).first().click();
        page.locator("vaadin-integer-field input").fill(String.valueOf(count));
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Lav links")).click();
        Locator area = page.locator("vaadin-text-area textarea");
        area.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        page.waitForFunction("() => document.querySelector('vaadin-text-area textarea').value.length > 0", null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        List<String> links = area.inputValue().lines().map(url -> url.substring(url.lastIndexOf('/') + 1)).toList();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Luk")).last().click();
        assertThat(links).hasSize(count);
        return links;
    }

    private void waves(Page page) {
        page.navigate(url("/waves"));
        page.locator("vaadin-grid").first().waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Svar indtil nu")).first()
                .waitFor(new Locator.WaitForOptions().setTimeout(30_000));
    }

    /** The newest wave is the first row: whether it offers its results. */
    private boolean resultsOffered(Page page) {
        waves(page);
        Locator firstRowActions = page.locator("vaadin-grid-cell-content vaadin-horizontal-layout").first();
        return firstRowActions.locator("a", new Locator.LocatorOptions().setHasText("Resultater (CSV)")).count() > 0;
    }

    private List<String> counts(Page page) {
        waves(page);
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Svar indtil nu")).first().click();
        Locator dialogGrid = page.locator("vaadin-dialog vaadin-grid, vaadin-dialog-overlay vaadin-grid").first();
        dialogGrid.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("Kolding")).first()
                .waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        List<String> cells = page.locator("vaadin-grid-cell-content").allInnerTexts().stream().map(String::strip)
                .filter(text -> !text.isEmpty()).toList();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Luk")).last().click();
        return cells.subList(cells.indexOf("Kolding"), cells.size());
    }

    /** The Culture page as the lead reads it: every word of the main area and every figure its charts draw. */
    private String culture(Page page) {
        page.navigate(url("/culture"));
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive || !client.isActive())"
                + " && document.querySelectorAll('main.page samspil-apex-chart').length > 0"
                + " && [...document.querySelectorAll('samspil-apex-chart')]"
                + ".filter(c => c.offsetParent !== null).every(c => c.dataset.rendered === 'true')",
                null, new Page.WaitForFunctionOptions().setTimeout(30_000));
        return (String) page.evaluate("() => { const main = document.querySelector('main.page').cloneNode(true);"
                + " main.querySelectorAll('samspil-apex-chart').forEach(c => c.remove());"
                + " return main.textContent + '\\n' + [...document.querySelectorAll('samspil-apex-chart')]"
                + ".map(c => c.config).join('\\n'); }");
    }

    private String usedPage(BrowserContext context, String link) {
        Page page = context.newPage();
        page.navigate(url("/survey/" + link));
        page.locator(".survey-message").waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        String text = page.locator("main").innerText();
        page.close();
        return text;
    }

    private void answerOnThePhone(Page phone, String link) {
        phone.navigate(url("/survey/" + link));
        phone.locator("vaadin-radio-group.survey-question").first().waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        answerAll(phone);
        phone.locator(".survey-thanks").waitFor(new Locator.WaitForOptions().setTimeout(30_000));
    }

    private static void answerAll(Page page) {
        Locator questions = page.locator("vaadin-radio-group.survey-question");
        for (int i = 0; i < questions.count(); i++) {
            questions.nth(i).locator("vaadin-radio-button").nth(2).click();
        }
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Send svar")).click();
    }

    private void closeTheWave(Page page) {
        waves(page);
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Luk")).first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Luk runden").setExact(true)).click();
        PlaywrightAssertions.assertThat(page.locator("main.page p[role='status']")).hasText("Runden er lukket; der tages ikke imod flere svar.");
    }

    private String downloadResults(Page page, YearMonth month) throws IOException {
        waves(page);
        Locator csv = page.locator("vaadin-grid-cell-content vaadin-horizontal-layout").first()
                .locator("a", new Locator.LocatorOptions().setHasText("Resultater (CSV)"));
        Download download = page.waitForDownload(csv::click);
        assertThat(download.suggestedFilename()).isEqualTo("samspil-" + month + ".csv");
        return Files.readString(download.path(), StandardCharsets.UTF_8);
    }

    /** One of the colleagues, answering on their own (through the service: the page is tested elsewhere). */
    private void answerQuietly(String link, int score) {
        SurveyForm form = ((SurveyOutcome.Ready) answering.open(link)).form();
        Map<Long, Optional<Integer>> answers = new LinkedHashMap<>();
        form.items().forEach(asked -> answers.put(asked.item().id(), Optional.of(score)));
        assertThat(answering.submit(link, new AnswerSet(form.targetSector(), answers))).isInstanceOf(SurveyOutcome.Stored.class);
    }
}
