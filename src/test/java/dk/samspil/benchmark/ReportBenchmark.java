package dk.samspil.benchmark;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dk.samspil.SamspilApplication;
import dk.samspil.dashboard.Scope;
import dk.samspil.report.Quarter;
import dk.samspil.report.QuarterlyReports;
import dk.samspil.support.SignIn;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 13's benchmark: the quarterly report for the whole programme on the demo data (the demo
 * profile's regional programme, or {@code -Dsamspil.benchmark.scale=national}), the newest quarter
 * that is over, as the steering group: the first report after start-up (class loading, the SVG
 * engine's and the fonts' first use: what one {@code report} command pays) and then warm, p50/p95
 * of wall time with the main thread's CPU time beside it (the machine is shared). Run with
 * {@code ./mvnw -Pbenchmark verify -Dbenchmark.class=ReportBenchmark}; results go in
 * docs/benchmarks.md. The demo set lives in {@code samspil_report_bench} (national: {@code samspil_bench})
 * and is generated only into an empty programme.
 */
public final class ReportBenchmark {

    private static final int MEASURED = 10;

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String scale = System.getProperty("samspil.benchmark.scale", "regional");
        String schema = scale.equals("national") ? "samspil_bench" : "samspil_report_bench";
        String server = "jdbc:mariadb://127.0.0.1:3306/";
        createDatabase(server, schema);
        long start = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SamspilApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .properties("spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")
                .run("--logging.level.root=WARN", "--spring.datasource.url=" + server + schema,
                        "--spring.datasource.username=root", "--spring.datasource.password=",
                        "--samspil.demo.enabled=true", "--samspil.demo.scale=" + scale)) {
            System.out.printf("start-up (generation when the database was empty): %.1f s%n", (System.nanoTime() - start) / 1e9);
            QuarterlyReports reports = context.getBean(QuarterlyReports.class);
            YearMonth month = YearMonth.now(context.getBean(Clock.class)).minusMonths(1);
            while (month.getMonthValue() % 3 != 0) {
                month = month.minusMonths(1);
            }
            Quarter quarter = new Quarter(month.getYear(), month.getMonthValue() / 3);
            SignIn.as(context.getBean(UserDetailsService.class), "styregruppe");
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            double[] first = once(reports, quarter, threads);
            System.out.printf("%s, programme, %s: first report %.0f ms (CPU %.0f ms), %d bytes%n", scale, quarter, first[0],
                    first[1], (long) first[2]);
            List<Double> wall = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            for (int i = 0; i < MEASURED; i++) {
                double[] run = once(reports, quarter, threads);
                wall.add(run[0]);
                cpu.add(run[1]);
            }
            wall.sort(null);
            cpu.sort(null);
            System.out.printf("warm, n=%d: p50 %.0f ms (CPU %.0f ms), p95 %.0f ms (CPU %.0f ms)%n", MEASURED,
                    wall.get(MEASURED / 2), cpu.get(MEASURED / 2), wall.get((int) Math.ceil(MEASURED * 0.95) - 1),
                    cpu.get((int) Math.ceil(MEASURED * 0.95) - 1));
            SignIn.out();
            System.out.println("load average (1, 5, 15 min) after: " + loadAverage());
        }
    }

    /** Other builds share the machine's cores: the figure to read the wall times against. */
    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** Wall ms, this thread's CPU ms, bytes. */
    private static double[] once(QuarterlyReports reports, Quarter quarter, ThreadMXBean threads) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        reports.write(quarter, Scope.programme(), Locale.of("da"), pdf);
        return new double[] {(System.nanoTime() - start) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6, pdf.size()};
    }

    private static void createDatabase(String server, String schema) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server, "root", "")) {
            connection.createStatement().execute("CREATE DATABASE IF NOT EXISTS `" + schema
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }
}
