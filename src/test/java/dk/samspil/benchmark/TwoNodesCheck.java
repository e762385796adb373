package dk.samspil.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import dk.samspil.support.HeadlessChromium;

/**
 * Checks the two-node deployment (deploy/two-nodes.sh start) from outside, as its users would meet
 * it: a browser session stays on its node; a survey answer is stored before the respondent is
 * thanked, so killing the node right after loses nothing; with a node killed the balancer marks it
 * DOWN and the other node serves new sessions, while the killed node's users sign in again. It
 * restarts the node it killed at the end. Run with
 * {@code ./mvnw -Pbenchmark verify -Dbenchmark.class=TwoNodesCheck}; exits 1 at the first thing that
 * does not hold. Not a test: it needs the running deployment and kills a process of it.
 */
public final class TwoNodesCheck {

    private static final String BALANCER = "http://127.0.0.1:" + env("SAMSPIL_TWO_BALANCER", "8088");
    private static final String STATS = "http://127.0.0.1:" + env("SAMSPIL_TWO_STATS", "8404") + "/;csv";
    private static final String DATABASE = "jdbc:mariadb://" + env("SAMSPIL_TWO_DB_HOST", "127.0.0.1:3306") + "/"
            + env("SAMSPIL_TWO_SCHEMA", "samspil_two");
    private static final String NODE_COOKIE = "SAMSPIL_NODE";
    private static final List<String> PAGES = List.of("/overview", "/meetings", "/outcomes", "/compare", "/culture",
            "/municipalities", "/overview?municipality=461");

    private TwoNodesCheck() {
    }

    public static void main(String[] args) throws Exception {
        try {
            checkAll();
        } catch (CheckFailed e) {
            System.exit(1);
        }
        System.out.println("two nodes behind HAProxy: every check held");
    }

    private static final class CheckFailed extends RuntimeException {
    }

    private static void checkAll() throws Exception {
        try (HeadlessChromium chromium = new HeadlessChromium();
             Connection db = DriverManager.getConnection(DATABASE, env("SAMSPIL_TWO_DB_USER", "root"),
                     env("SAMSPIL_TWO_DB_PASSWORD", ""))) {
            check(balancerSees("node1", "UP") && balancerSees("node2", "UP"), "HAProxy sees both nodes UP (run deploy/two-nodes.sh start)");
            spreadAndStickiness();

            BrowserContext steering = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
            Page dashboards = steering.newPage();
            HeadlessChromium.signIn(dashboards, BALANCER, "styregruppe");
            String node = nodeOf(steering);
            for (String path : PAGES) {
                double millis = DashboardBenchmark.renderOnce(dashboards, BALANCER + path);
                check(node.equals(nodeOf(steering)) && dashboards.locator("vaadin-side-nav").count() == 1,
                        "Chromium stays signed in on " + node + " across " + path + " (drawn in %.0f ms)".formatted(millis));
            }

            // a respondent on the same node (the balancer's cookie set as if it had chosen so), then that node is killed
            String token = invitation(db);
            BrowserContext respondent = chromium.browser().newContext();
            respondent.addCookies(List.of(new Cookie(NODE_COOKIE, node).setUrl(BALANCER)));
            Page survey = respondent.newPage();
            survey.navigate(BALANCER + "/survey/" + token);
            Locator questions = survey.locator("vaadin-radio-group.survey-question");
            questions.first().waitFor(new Locator.WaitForOptions().setTimeout(30_000));
            check(node.equals(nodeOf(respondent)), "a respondent opens the survey on " + node);
            long responsesBefore = count(db, "SELECT COUNT(*) FROM survey_response");
            for (int i = 0; i < questions.count(); i++) {
                questions.nth(i).locator("vaadin-radio-button").nth(2).click();
            }
            survey.locator("vaadin-button[theme~='primary']").click();
            survey.locator(".survey-thanks").waitFor(new Locator.WaitForOptions().setTimeout(30_000));
            twoNodes("kill-node", node.substring("node".length()));
            check(count(db, "SELECT COUNT(*) FROM survey_response") == responsesBefore + 1 && used(db, token),
                    "the answer thanked for on " + node + " is in the database after a kill -9 of " + node);

            long deadline = System.currentTimeMillis() + 30_000;
            while (!balancerSees(node, "DOWN") && System.currentTimeMillis() < deadline) {
                Thread.sleep(500);
            }
            check(balancerSees(node, "DOWN"), "HAProxy marks " + node + " DOWN");
            String survivor = node.equals("node1") ? "node2" : "node1";

            BrowserContext newcomer = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
            Page fresh = newcomer.newPage();
            HeadlessChromium.signIn(fresh, BALANCER, "leder.odense");
            double millis = DashboardBenchmark.renderOnce(fresh, BALANCER + "/overview?municipality=461");
            check(survivor.equals(nodeOf(newcomer)),
                    "a new session signs in and draws the Overview on " + survivor + " (%.0f ms)".formatted(millis));

            // what a lost node loses: its users' sessions and open screens; they sign in again on the other
            dashboards.navigate(BALANCER + "/overview");
            dashboards.waitForURL("**/login**", new Page.WaitForURLOptions().setTimeout(30_000));
            check(survivor.equals(nodeOf(steering)),
                    "the steering group's session on the killed node is gone: sent to sign in again, on " + survivor);
            HeadlessChromium.signIn(dashboards, BALANCER, "styregruppe");
            check(DashboardBenchmark.renderOnce(dashboards, BALANCER + "/overview") > 0 && survivor.equals(nodeOf(steering)),
                    "and after signing in again the Overview is drawn on " + survivor);
        } finally {
            twoNodes("start-node", "1");
            twoNodes("start-node", "2");
        }
    }

    /** Twenty HTTP sessions through the balancer land on both nodes, and each stays where it landed. */
    private static void spreadAndStickiness() throws Exception {
        HttpClient client = VaadinVisitor.sharedClient();
        Set<String> nodes = new HashSet<>();
        List<VaadinVisitor> visitors = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            VaadinVisitor visitor = new VaadinVisitor(client, BALANCER);
            visitor.signIn("styregruppe", "samspil-demo");
            visitors.add(visitor);
            nodes.add(visitor.node());
        }
        check(nodes.equals(Set.of("node1", "node2")), "20 new sessions are spread over both nodes " + nodes);
        for (VaadinVisitor visitor : visitors) {
            String node = visitor.node();
            for (String path : PAGES) {
                visitor.load(path);
            }
            check(node.equals(visitor.node()), "a session stays on " + node + " for " + PAGES.size() + " page loads");
            visitor.signOut();
        }
    }

    private static String nodeOf(BrowserContext context) {
        return context.cookies(BALANCER).stream().filter(cookie -> NODE_COOKIE.equals(cookie.name))
                .map(cookie -> cookie.value).findFirst().orElse("none");
    }

    /** A fresh invitation link to Odense's open wave for social services, made as Invitations makes them (only the hash is stored). */
    private static String invitation(Connection db) throws Exception {
        long wave = count(db, """
                SELECT w.id FROM survey_wave w JOIN survey_wave_municipality m ON m.wave_id = w.id
                WHERE w.status = 'OPEN' AND m.municipality_code = 461 ORDER BY w.id DESC LIMIT 1""");
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO survey_invitation (wave_id, municipality_code, sector_code, token_hash)
                VALUES (?, 461, 'SOCIAL_SERVICES', ?)""")) {
            insert.setLong(1, wave);
            insert.setBytes(2, hash(token));
            insert.executeUpdate();
        }
        return token;
    }

    private static boolean used(Connection db, String token) throws Exception {
        try (PreparedStatement select = db.prepareStatement("SELECT used FROM survey_invitation WHERE token_hash = ?")) {
            select.setBytes(1, hash(token));
            try (ResultSet row = select.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private static byte[] hash(String token) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (ResultSet row = db.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static boolean balancerSees(String node, String status) throws Exception {
        String csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(STATS)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return csv.lines().map(line -> line.split(","))
                .anyMatch(f -> f.length > 17 && f[0].equals("samspil_nodes") && f[1].equals(node) && f[17].startsWith(status));
    }

    private static void twoNodes(String command, String node) throws Exception {
        int exit = new ProcessBuilder("deploy/two-nodes.sh", command, node).inheritIO().start().waitFor();
        check(exit == 0, "deploy/two-nodes.sh " + command + " " + node);
    }

    private static void check(boolean holds, String what) {
        System.out.println((holds ? "ok    " : "FAILED ") + what);
        if (!holds) {
            throw new CheckFailed();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
