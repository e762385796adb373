package dk.samspil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.HeadlessChromium;
import org.junit.jupiter.api.Test;

/**
 * {@code /report} over HTTP, signed in as the pages are: the steering group downloads the
 * programme's PDF, a lead their own municipality's but not another's, and nobody signed out gets one.
 */
class ReportDownloadIT extends BrowserTest {

    private static String lastQuarter() {
        YearMonth month = YearMonth.now().minusMonths(1);
        while (month.getMonthValue() % 3 != 0) {
            month = month.minusMonths(1);
        }
        return month.getYear() + "-Q" + month.getMonthValue() / 3;
    }

    @Test
    void the_report_is_a_pdf_download_for_who_may_see_its_dashboards_only() {
        String quarter = lastQuarter();
        try (BrowserContext steering = chromium.browser().newContext();
             BrowserContext lead = chromium.browser().newContext();
             BrowserContext nobody = chromium.browser().newContext()) {
            Page page = steering.newPage();
            HeadlessChromium.signIn(page, url(""), "styregruppe");
            APIResponse programme = page.request().get(url("/report?quarter=" + quarter));
            assertThat(programme.status()).isEqualTo(200);
            assertThat(programme.headers().get("content-type")).startsWith("application/pdf");
            assertThat(programme.headers().get("content-disposition")).contains("samspil-" + quarter + ".pdf");
            assertThat(new String(programme.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(page.request().get(url("/report?quarter=2026-Q9")).status()).isEqualTo(400);

            Page odense = lead.newPage();
            HeadlessChromium.signIn(odense, url(""), "leder.odense");
            assertThat(odense.request().get(url("/report?quarter=" + quarter + "&municipality=461&lang=en")).status())
                    .isEqualTo(200);
            assertThat(odense.request().get(url("/report?quarter=" + quarter + "&municipality=563")).status())
                    .as("another municipality's report").isEqualTo(403);

            APIResponse signedOut = nobody.request().get(url("/report?quarter=" + quarter),
                    RequestOptions.create().setMaxRedirects(0));
            assertThat(signedOut.status()).as("to the login page, no PDF").isIn(302, 401, 403);
            assertThat(signedOut.headers().getOrDefault("content-type", "")).doesNotContain("pdf");
        }
    }
}
