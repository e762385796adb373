package dk.samspil.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The application on a random port and one headless Chromium for the class's journeys. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    protected static HeadlessChromium chromium;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() {
        chromium = new HeadlessChromium();
    }

    @AfterAll
    static void stopBrowser() {
        chromium.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
