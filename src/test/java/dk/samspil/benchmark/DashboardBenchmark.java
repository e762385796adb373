package dk.samspil.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitUntilState;
import dk.samspil.SamspilApplication;
import dk.samspil.base.period.Period;
import dk.samspil.dashboard.CompareStatistics;
import dk.samspil.dashboard.CoreElementAssessments;
import dk.samspil.dashboard.MeetingStatistics;
import dk.samspil.dashboard.MunicipalityHeatmap;
import dk.samspil.dashboard.MunicipalityStatistics;
import dk.samspil.dashboard.OutcomeIndicator;
import dk.samspil.dashboard.OutcomeStatistics;
import dk.samspil.dashboard.OverviewStatistics;
import dk.samspil.dashboard.Scope;
import dk.samspil.municipality.Municipalities;
import dk.samspil.support.HeadlessChromium;
import dk.samspil.support.SignIn;
import dk.samspil.survey.Construct;
import dk.samspil.survey.CultureResults;
import dk.samspil.survey.SurveyResults;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 5's benchmark: on the national demo set, per dashboard page, the server time to assemble
 * its data (the page's service calls, p50/p95) and, in headless Chromium, the time from navigation
 * start until every chart on the page is drawn and Vaadin is idle (p50/p95). Run with
 * {@code ./mvnw -Pbenchmark verify -Dbenchmark.class=DashboardBenchmark}; results go in
 * docs/benchmarks.md. A main class, not a test: timings on a shared machine are not assertions.
 * <p>
 * The national set lives in the database {@code samspil_bench} on 127.0.0.1:3306 (or
 * SAMSPIL_DB_URL/USER/PASSWORD) and is generated only into an empty programme, so only the first run
 * pays for it; drop the database to generate it afresh (its months follow the day it was made).
 */
public final class DashboardBenchmark {

    private static final String STEERING = "styregruppe";
    private static final String LEAD_ODENSE = "leder.odense";

    /**
     * The pages and the service calls each makes to assemble its data: the only place that knows
     * the services' signatures, so edit a row when a page changes. A null call means not measured yet.
     */
    private static final List<PageCase> PAGES = List.of(
            new PageCase("Overview", "/overview", STEERING, beans -> {
                beans.getBean(Municipalities.class).all();
                Period period = Period.last(24, YearMonth.now(beans.getBean(Clock.class)));
                beans.getBean(OverviewStatistics.class).tiles(Scope.programme(), period);
                beans.getBean(MunicipalityHeatmap.class).heatmap(period);
                beans.getBean(CoreElementAssessments.class).radar(Scope.programme());
            }),
            new PageCase("Overview, Odense", "/overview?municipality=461", LEAD_ODENSE, beans -> {
                beans.getBean(Municipalities.class).all();
                Period period = Period.last(24, YearMonth.now(beans.getBean(Clock.class)));
                beans.getBean(OverviewStatistics.class).tiles(Scope.municipality(461), period);
                beans.getBean(MunicipalityHeatmap.class).heatmap(period);
                beans.getBean(CoreElementAssessments.class).radar(Scope.municipality(461));
            }),
            new PageCase("Municipalities", "/municipalities", STEERING, beans -> {
                MunicipalityStatistics statistics = beans.getBean(MunicipalityStatistics.class);
                statistics.overview();
                statistics.meetingsPerMonth(24);
            }),
            new PageCase("Meetings", "/meetings", STEERING, beans -> {
                beans.getBean(Municipalities.class).all();
                Period period = Period.last(24, YearMonth.now(beans.getBean(Clock.class)));
                beans.getBean(MeetingStatistics.class).overview(Scope.programme(), period);
            }),
            new PageCase("Meetings, Odense", "/meetings?municipality=461", LEAD_ODENSE, beans -> {
                beans.getBean(Municipalities.class).all();
                Period period = Period.last(24, YearMonth.now(beans.getBean(Clock.class)));
                MeetingStatistics statistics = beans.getBean(MeetingStatistics.class);
                statistics.overview(Scope.municipality(461), period);
                statistics.casesToFollow(461);
            }),
            new PageCase("Outcomes", "/outcomes", STEERING, beans -> {
                beans.getBean(Municipalities.class).all();
                Period period = Period.last(24, YearMonth.now(beans.getBean(Clock.class)));
                OutcomeStatistics statistics = beans.getBean(OutcomeStatistics.class);
                statistics.series(OutcomeIndicator.BED_DAYS, Scope.programme(), period);
                statistics.beforeAfter(Scope.programme(), period);
            }),
            new PageCase("Outcomes, Odense", "/outcomes?municipality=461", LEAD_ODENSE, beans -> {
                beans.getBean(Municipalities.class).all();
                Period period = Period.last(24, YearMonth.now(beans.getBean(Clock.class)));
                OutcomeStatistics statistics = beans.getBean(OutcomeStatistics.class);
                statistics.series(OutcomeIndicator.BED_DAYS, Scope.municipality(461), period);
                statistics.series(OutcomeIndicator.BED_DAYS, Scope.programme(), period);
                statistics.beforeAfter(Scope.municipality(461), period);
            }),
            new PageCase("Compare", "/compare", STEERING, beans -> {
                Period period = Period.last(12, YearMonth.now(beans.getBean(Clock.class)));
                beans.getBean(Municipalities.class).all();
                CompareStatistics compare = beans.getBean(CompareStatistics.class);
                compare.funnel(OutcomeIndicator.STABLE_HOUSING, period);
                compare.trends(OutcomeIndicator.STABLE_HOUSING, period, List.of());
            }),
            new PageCase("Compare, Odense", "/compare", LEAD_ODENSE, beans -> {
                Period period = Period.last(12, YearMonth.now(beans.getBean(Clock.class)));
                beans.getBean(Municipalities.class).all();
                CompareStatistics compare = beans.getBean(CompareStatistics.class);
                compare.funnel(OutcomeIndicator.STABLE_HOUSING, period);
                compare.trends(OutcomeIndicator.STABLE_HOUSING, period, List.of(461));
            }),
            new PageCase("Culture", "/culture", STEERING, beans -> culture(beans, 461)),
            new PageCase("Culture, Odense", "/culture?municipality=461", LEAD_ODENSE, beans -> culture(beans, 461)));

    /** What the Culture page asks for: the comparison, the sector cut, the trend, the items and the network. */
    private static void culture(BeanFactory beans, int municipality) {
        CultureResults results = beans.getBean(CultureResults.class);
        beans.getBean(Municipalities.class).all();
        long wave = results.closedWaves().getFirst().id();
        results.municipalityComparison(wave, Construct.PSYCHOLOGICAL_SAFETY);
        results.sectorScores(wave, municipality, Construct.PSYCHOLOGICAL_SAFETY);
        results.trend(municipality, Construct.PSYCHOLOGICAL_SAFETY, null);
        results.itemDistributions(wave, municipality, Construct.PSYCHOLOGICAL_SAFETY, null);
        results.ties(wave, municipality);
    }

    private static final int DATA_WARM_UP = 5;
    private static final int DATA_MEASURED = 50;
    private static final int BROWSER_WARM_UP = 3;
    private static final int BROWSER_MEASURED = 20;
    /** A slow page is measured fewer times (at least 10) rather than for many minutes. */
    private static final long BUDGET_NANOS = 120_000_000_000L;
    private static final int TIMEOUT_MS = 120_000;

    /** True once every chart on the page is drawn and no Vaadin request is under way; then the ms since navigation start. */
    static final String CHARTS_DRAWN = """
            () => {
              const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
              // a chart hidden behind an empty state ("fewer than 5 cases") is never drawn: count the visible ones
              const charts = [...document.querySelectorAll('samspil-apex-chart')].filter(chart => chart.offsetParent !== null);
              if (!clients || charts.length === 0 || Object.values(clients).some(client => client.isActive())) {
                return false;
              }
              return charts.every(chart => chart.getAttribute('data-rendered') === 'true') && performance.now();
            }""";

    private DashboardBenchmark() {
    }

    record PageCase(String name, String path, String username, Consumer<BeanFactory> data) {
    }

    public static void main(String[] args) throws Exception {
        boolean production = Boolean.getBoolean("samspil.benchmark.production-mode");
        String url = env("SAMSPIL_DB_URL", "jdbc:mariadb://127.0.0.1:3306/samspil_bench");
        String user = env("SAMSPIL_DB_USER", "root");
        String password = env("SAMSPIL_DB_PASSWORD", "");
        long cases = prepareDatabase(url, user, password);
        System.out.println(cases > 0 ? "national set already in " + url + " (" + cases + " cases): no generation"
                : "empty programme in " + url + ": the national set is generated at start-up");

        long start = System.nanoTime();
        SpringApplication application = new SpringApplication(SamspilApplication.class);
        try (ConfigurableApplicationContext context = application.run(
                "--server.port=0", "--logging.level.root=WARN", "--logging.level.dk.samspil.demo.DemoDataLoader=INFO",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--samspil.demo.enabled=true",
                "--samspil.demo.scale=national", "--vaadin.productionMode=" + production)) {
            System.out.printf("start-up %s: %.1f s%n", cases > 0 ? "(no generation)" : "including generation",
                    (System.nanoTime() - start) / 1e9);
            Map<String, double[]> data = new HashMap<>();
            for (PageCase page : PAGES) {
                if (page.data() != null) {
                    data.put(page.name(), dataTimes(context, page));
                }
            }
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            Map<String, double[]> rendered = renderTimes("http://localhost:" + port);
            report(context, production, data, rendered);
        }
    }

    private static double[] dataTimes(ConfigurableApplicationContext context, PageCase page) {
        SignIn.as(context.getBean(UserDetailsService.class), page.username());
        try {
            for (int i = 0; i < DATA_WARM_UP; i++) {
                page.data().accept(context);
            }
            List<Double> millis = new ArrayList<>();
            long began = System.nanoTime();
            while (millis.size() < DATA_MEASURED && (millis.size() < 10 || System.nanoTime() - began < BUDGET_NANOS)) {
                long start = System.nanoTime();
                page.data().accept(context);
                millis.add((System.nanoTime() - start) / 1e6);
            }
            double[] figures = percentiles(millis);
            System.out.printf("data %-18s n=%-3d p50 %8.1f ms  p95 %8.1f ms%n", page.name(), millis.size(), figures[0], figures[1]);
            return figures;
        } finally {
            SignIn.out();
        }
    }

    private static Map<String, double[]> renderTimes(String base) {
        Map<String, double[]> result = new HashMap<>();
        Map<String, Page> pages = new HashMap<>();
        try (HeadlessChromium chromium = new HeadlessChromium()) {
            System.out.println("browser: Chromium " + chromium.browser().version());
            for (PageCase pageCase : PAGES) {
                Page page = pages.computeIfAbsent(pageCase.username(), username -> signedIn(chromium.browser(), base, username));
                // a route that does not exist (yet) answers 403 or 404 with no body: Chromium shows its own error page
                int status = page.request().get(base + pageCase.path()).status();
                if (status >= 400) {
                    System.out.printf("render %-18s skipped: %s answers HTTP %d (no such page yet?)%n",
                            pageCase.name(), pageCase.path(), status);
                    continue;
                }
                page.navigate(base + pageCase.path(), new Page.NavigateOptions().setTimeout(TIMEOUT_MS));
                page.locator("main.page h2").first().waitFor(new Locator.WaitForOptions().setTimeout(TIMEOUT_MS));
                for (int i = 0; i < BROWSER_WARM_UP; i++) {
                    renderOnce(page, base + pageCase.path());
                }
                List<Double> millis = new ArrayList<>();
                long began = System.nanoTime();
                while (millis.size() < BROWSER_MEASURED && (millis.size() < 10 || System.nanoTime() - began < BUDGET_NANOS)) {
                    millis.add(renderOnce(page, base + pageCase.path()));
                }
                double[] figures = percentiles(millis);
                System.out.printf("render %-18s n=%-3d p50 %8.0f ms  p95 %8.0f ms  (%d charts)%n", pageCase.name(), millis.size(),
                        figures[0], figures[1], page.locator("samspil-apex-chart").count());
                result.put(pageCase.name(), figures);
            }
        }
        return result;
    }

    static Page signedIn(Browser browser, String base, String username) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        Page page = context.newPage();
        HeadlessChromium.signIn(page, base, username);
        return page;
    }

    /** Milliseconds from navigation start (the document's time origin) until every chart is drawn. */
    static double renderOnce(Page page, String url) {
        page.navigate(url, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT).setTimeout(TIMEOUT_MS));
        return ((Number) page.waitForFunction(CHARTS_DRAWN, null,
                new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS)).jsonValue()).doubleValue();
    }

    /** p50 and p95 by the nearest-rank method. */
    static double[] percentiles(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new double[] {sorted[(int) Math.ceil(0.50 * sorted.length) - 1], sorted[(int) Math.ceil(0.95 * sorted.length) - 1]};
    }

    private static void report(ConfigurableApplicationContext context, boolean production, Map<String, double[]> data,
                               Map<String, double[]> rendered) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        System.out.printf("%n%s, %d cores, JDK %s, MariaDB %s, Vaadin %s mode; national set: %,d municipalities, "
                        + "%,d meetings, %,d outcome months, %,d survey answers%n%n", LocalDate.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.runtime.version"),
                jdbc.sql("SELECT VERSION()").query(String.class).single(), production ? "production" : "development",
                count(jdbc, "municipality"), count(jdbc, "network_meeting"), count(jdbc, "monthly_outcome"),
                count(jdbc, "survey_answer"));
        System.out.println("| page | data p50 | data p95 | rendered p50 | rendered p95 |");
        System.out.println("|---|---|---|---|---|");
        for (PageCase page : PAGES) {
            double[] d = data.get(page.name());
            double[] r = rendered.get(page.name());
            System.out.printf("| %s `%s` (%s) | %s | %s | %s | %s |%n", page.name(), page.path(), page.username(),
                    d == null ? "–" : "%.1f ms".formatted(d[0]), d == null ? "–" : "%.1f ms".formatted(d[1]),
                    r == null ? "–" : "%.0f ms".formatted(r[0]), r == null ? "–" : "%.0f ms".formatted(r[1]));
        }
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    /** Creates the benchmark's database when missing; returns how many cases it already holds. */
    private static long prepareDatabase(String url, String user, String password) throws SQLException {
        int slash = url.indexOf('/', "jdbc:mariadb://".length());
        String schema = url.substring(slash + 1).replaceAll("[?;].*", "");
        try (Connection server = DriverManager.getConnection(url.substring(0, slash + 1), user, password)) {
            server.createStatement().execute("CREATE DATABASE IF NOT EXISTS `" + schema
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            ResultSet table = server.createStatement().executeQuery("SELECT COUNT(*) FROM information_schema.tables"
                    + " WHERE table_schema = '" + schema + "' AND table_name = 'citizen_case'");
            table.next();
            if (table.getInt(1) == 0) {
                return 0;
            }
            ResultSet cases = server.createStatement().executeQuery("SELECT COUNT(*) FROM `" + schema + "`.citizen_case");
            cases.next();
            return cases.getLong(1);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
