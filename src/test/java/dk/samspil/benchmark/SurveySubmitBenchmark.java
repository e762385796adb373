package dk.samspil.benchmark;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.samspil.SamspilApplication;
import dk.samspil.municipality.Sector;
import dk.samspil.support.SignIn;
import dk.samspil.survey.AnswerSet;
import dk.samspil.survey.Invitations;
import dk.samspil.survey.SurveyAnswering;
import dk.samspil.survey.SurveyForm;
import dk.samspil.survey.SurveyOutcome;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The survey's submit path on MariaDB (answers stored, invitation marked used), in submissions
 * per second, and the heap one open survey page holds on the server. Run with
 * {@code ./mvnw -Pbenchmark verify -Dbenchmark.class=SurveySubmitBenchmark}; results go in
 * docs/benchmarks.md. A main class, not a test: timings on a shared machine are not assertions.
 */
public final class SurveySubmitBenchmark {

    private static final int WARM_UP = 300;
    private static final int MEASURED = 3000;
    private static final int SESSIONS = 100;
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    private SurveySubmitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        SpringApplication application = new SpringApplication(SamspilApplication.class);
        application.setDefaultProperties(Map.of("server.port", "0", "logging.level.root", "WARN",
                "vaadin.productionMode", System.getProperty("samspil.benchmark.production-mode", "false")));
        try (ConfigurableApplicationContext context = application.run(args)) {
            SurveyAnswering answering = context.getBean(SurveyAnswering.class);
            List<String> tokens = invitations(context, WARM_UP + MEASURED + SESSIONS);

            submit(answering, tokens.subList(0, WARM_UP));
            long start = System.nanoTime();
            submit(answering, tokens.subList(WARM_UP, WARM_UP + MEASURED));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("open + submit: %d respondents in %.2f s = %.0f submissions/s (%.2f ms each)%n",
                    MEASURED, seconds, MEASURED / seconds, seconds * 1000 / MEASURED);

            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            heapPerSession(port, tokens.subList(WARM_UP + MEASURED, tokens.size()));
        }
    }

    private static List<String> invitations(ConfigurableApplicationContext context, int count) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long wave = jdbc.sql("""
                        SELECT w.id FROM survey_wave w JOIN survey_wave_municipality m ON m.wave_id = w.id
                        WHERE w.status = 'OPEN' AND m.municipality_code = 461 ORDER BY w.id DESC LIMIT 1""")
                .query(Long.class).single();
        SignIn.as(context.getBean(UserDetailsService.class), "data");
        List<String> tokens = new ArrayList<>();
        Invitations invitations = context.getBean(Invitations.class);
        while (tokens.size() < count) {
            tokens.addAll(invitations.create(wave, 461, Sector.values()[tokens.size() % 6], Math.min(500, count - tokens.size())));
        }
        SignIn.out();
        return tokens;
    }

    private static void submit(SurveyAnswering answering, List<String> tokens) {
        for (String token : tokens) {
            SurveyForm form = ((SurveyOutcome.Ready) answering.open(token)).form();
            Map<Long, Optional<Integer>> answers = new LinkedHashMap<>();
            form.items().forEach(asked -> answers.put(asked.item().id(), Optional.of(4)));
            if (!(answering.submit(token, new AnswerSet(form.targetSector(), answers)) instanceof SurveyOutcome.Stored)) {
                throw new IllegalStateException("a submission was not stored");
            }
        }
    }

    /** Opens survey pages as separate browsers would (one HTTP session each) and divides the heap growth. */
    private static void heapPerSession(int port, List<String> tokens) throws Exception {
        List<HttpClient> clients = new ArrayList<>();
        long before = settledHeap();
        for (String token : tokens) {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                    .connectTimeout(Duration.ofSeconds(10)).build();
            String base = "http://localhost:" + port + "/";
            client.send(HttpRequest.newBuilder(URI.create(base + "survey/" + token)).build(), HttpResponse.BodyHandlers.discarding());
            HttpResponse<String> init = client.send(HttpRequest.newBuilder(URI.create(base
                    + "?v-r=init&location=survey%2F" + token)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher key = SECURITY_KEY.matcher(init.body());
            if (!key.find()) {
                throw new IllegalStateException("Vaadin did not start a UI: HTTP " + init.statusCode());
            }
            // what the browser sends next: navigate to the route, which builds the survey view
            String navigate = """
                    {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"survey/%s",\
                    "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                    .formatted(key.group(1), token);
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=0"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(navigate)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (!page.body().contains("survey-question")) {
                throw new IllegalStateException("the survey page did not open: HTTP " + page.statusCode());
            }
            clients.add(client);
        }
        long after = settledHeap();
        System.out.printf("open survey sessions: %d, heap %.1f MB -> %.1f MB, %.0f kB per session%n", clients.size(),
                before / 1e6, after / 1e6, (after - before) / 1e3 / clients.size());
    }

    private static long settledHeap() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
