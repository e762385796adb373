package dk.samspil.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright, offline: Playwright must not download a browser of its
 * own (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 is set by the build), and the flags keep Chromium from
 * calling out of this closed network. Playwright gives each launch a fresh profile.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final Browser browser;

    public HeadlessChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Browser tests need Debian's chromium at " + CHROMIUM
                    + ": run .ci/run, or apt-get install -y chromium");
        }
        playwright = Playwright.create();
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** Signs a demo user in through the login page and waits for the application shell. */
    public static void signIn(com.microsoft.playwright.Page page, String baseUrl, String username) {
        page.navigate(baseUrl + "/login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill("samspil-demo");
        page.locator("input[name='password']").press("Enter");
        page.locator("vaadin-side-nav").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(30_000));
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
