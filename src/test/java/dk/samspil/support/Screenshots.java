package dk.samspil.support;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * Screenshots of the dashboards as one demo user, to compare a refactor's before and after by eye:
 * {@code Screenshots <base url> <user> <folder> [page ...]} writes {@code <user>-<page>.png} (the window)
 * and {@code <user>-<page>-whole.png} (the whole page, in a window tall enough to hold it), for the
 * dashboards or the pages named.
 */
public final class Screenshots {

    private static final List<String> DASHBOARDS = List.of("overview", "municipalities", "meetings", "outcomes", "compare");

    private Screenshots() {
    }

    public static void main(String[] args) {
        String base = args[0];
        String user = args[1];
        Path folder = Path.of(args[2]);
        List<String> pages = args.length > 3 ? List.of(args).subList(3, args.length) : DASHBOARDS;
        try (HeadlessChromium chromium = new HeadlessChromium();
                BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                        .setViewportSize(1400, 900).setLocale("da-DK"))) {
            Page page = context.newPage();
            HeadlessChromium.signIn(page, base, user);
            for (String dashboard : pages) {
                page.navigate(base + "/" + dashboard);
                page.locator("vaadin-side-nav").waitFor();
                // charts draw after the page settles; give ApexCharts its animation time
                page.waitForTimeout(3_000);
                page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(user + "-" + dashboard + ".png")));
                // the page scrolls inside the app layout: a tall window draws all of it
                page.setViewportSize(1400, 3600);
                page.waitForTimeout(2_000);
                page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(user + "-" + dashboard + "-whole.png")));
                page.setViewportSize(1400, 900);
            }
        }
    }
}
