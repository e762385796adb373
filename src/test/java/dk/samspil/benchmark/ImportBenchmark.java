package dk.samspil.benchmark;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import dk.samspil.SamspilApplication;
import dk.samspil.importing.ImportService;
import dk.samspil.importing.ImportStatus;
import dk.samspil.importing.ImportSummary;
import dk.samspil.importing.file.FileKind;
import dk.samspil.importing.file.ImportMode;
import dk.samspil.importing.file.ImportPeriod;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The survey import against the physical limit, and its memory (docs/benchmarks.md, decision 0020):
 * <ol>
 * <li>a 1,000,000-row survey-responses file: (a) {@code LOAD DATA LOCAL INFILE} of the same rows into
 * a scratch table, then (b) the whole import as a user waits for it — from the start of
 * {@code ImportService.importAs} until it reports success, validation, write, score cells and
 * whatever else it triggers included — on the same MariaDB in the same run, side by side with the
 * ratio;</li>
 * <li>the command line {@code import} with {@code -Xmx512m} in a JVM of its own, on 1 M, 5 M and 10 M
 * rows (each into an empty month of an empty database): its exit code, its time, its peak heap (the
 * largest heap in use before any collection, from the JVM's GC log: how full G1 let it get), the
 * largest heap left after a young or full collection (what the import holds), the peak resident set
 * (GNU time, where installed) and the load average before and after.</li>
 * </ol>
 * Run with {@code ./mvnw -Pbenchmark verify -Dbenchmark.class=ImportBenchmark}; the sizes of part 2
 * with {@code -Dsamspil.benchmark.heap-rows=1000000,5000000,10000000} (none: skipped).
 */
public final class ImportBenchmark {

    private static final int ROWS = 1_000_000;
    private static final List<String> ITEMS = List.of("PS1", "PS4", "PS7", "RCL1", "RCL2", "RCL3", "RCL4",
            "RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7");
    private static final int[] MUNICIPALITIES = {580, 420, 530, 561, 430, 563, 607, 510, 440, 621, 482, 410, 480, 450,
            461, 479, 540, 550, 573, 575, 630, 492};
    private static final String[] SECTORS = {"PSYCHIATRY", "SOCIAL_SERVICES", "SUBSTANCE_TREATMENT", "JOB_CENTRE",
            "GENERAL_PRACTICE", "NGO"};
    /** The heap still in use when the JVM exits (-Xlog:gc+heap+exit), in case no collection came after the peak. */
    private static final Pattern HEAP_AT_EXIT = Pattern.compile("garbage-first heap .* used (\\d+)K");
    private static final Pattern HEAP_BEFORE_GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path first = Files.createTempFile("survey-responses-2026-08-", ".csv");
        Path next = Files.createTempFile("survey-responses-2026-09-", ".csv");
        generate(first, ROWS, "2026-08");
        generate(next, ROWS, "2026-09");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SamspilApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .properties("spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration", "logging.level.root=WARN")
                .run(args)) {
            System.out.printf("machine: %d cores, JDK %s, MariaDB %s, buffer pool %,d MB, load average %.2f%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.version(),
                    context.getBean(JdbcClient.class).sql("SELECT VERSION()").query(String.class).single(),
                    context.getBean(JdbcClient.class).sql("SELECT @@innodb_buffer_pool_size DIV 1048576")
                            .query(Long.class).single(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.println("| import | (a) LOAD DATA LOCAL INFILE | (b) whole import, until it reports success "
                    + "| ratio (a)/(b) | CPU of (a): server | CPU of (b): server / this JVM (of it JIT compilers, GC) |");
            sideBySide(context, "first after start (JVM cold), 2026-08", first, "2026-08");
            sideBySide(context, "the next (JVM warm), 2026-09", next, "2026-09");
            heapOfTheCommandLine(context);
        } finally {
            Files.deleteIfExists(first);
            Files.deleteIfExists(next);
        }
        // the test class path's mail catcher (support/MailCatcher) keeps a non-daemon thread
        System.exit(0);
    }

    /**
     * (a) then (b) on the same file, one after the other, with the CPU each cost the database server
     * and this JVM: on two cores the import's own threads and the server's share them, so the JIT
     * compilers' work in a cold JVM shows up in the import's time.
     */
    private static void sideBySide(ConfigurableApplicationContext context, String what, Path file, String period)
            throws Exception {
        double serverBefore = ServerCpu.seconds();
        double load = loadData(context.getEnvironment(), file);
        double serverAfterLoad = ServerCpu.seconds();
        Map<String, Double> threadsBefore = ThreadCpu.seconds();
        long start = System.nanoTime();
        ImportSummary summary;
        try (InputStream in = Files.newInputStream(file)) {
            summary = context.getBean(ImportService.class).importAs("benchmark", in, new ImportService.ImportRequest(
                    "survey-responses-" + period + ".csv", FileKind.SURVEY_RESPONSES, ImportPeriod.parse(period),
                    ImportMode.STRICT));
        }
        double job = (System.nanoTime() - start) / 1e9;
        Map<String, Double> threads = ThreadCpu.since(threadsBefore);
        double serverAfterImport = ServerCpu.seconds();
        if (summary.status() != ImportStatus.COMPLETED || summary.rowsWritten() != ROWS) {
            throw new IllegalStateException("the import did not write the file: " + summary);
        }
        double own = threads.values().stream().mapToDouble(Double::doubleValue).sum();
        double compilers = threads.entrySet().stream().filter(e -> e.getKey().startsWith("C1 ") || e.getKey().startsWith("C2 "))
                .mapToDouble(Map.Entry::getValue).sum();
        double gc = threads.entrySet().stream().filter(e -> e.getKey().startsWith("G1 ") || e.getKey().startsWith("GC "))
                .mapToDouble(Map.Entry::getValue).sum();
        System.out.printf("| %s, %,d rows | %,.0f rows/s (%.2f s) | %,.0f rows/s (%.2f s) | **%.2f** | %.2f s | %.2f s / %.2f s (%.2f s, %.2f s) |%n",
                what, ROWS, ROWS / load, load, ROWS / job, job, load / job, serverAfterLoad - serverBefore,
                serverAfterImport - serverAfterLoad, own, compilers, gc);
        context.getBean(JdbcClient.class).sql("""
                        SELECT STEP_NAME, TIMESTAMPDIFF(MICROSECOND, START_TIME, END_TIME) / 1e6 FROM BATCH_STEP_EXECUTION
                        WHERE JOB_EXECUTION_ID = ? ORDER BY STEP_EXECUTION_ID""")
                .param(summary.jobExecutionId())
                .query((rs, n) -> "  step " + rs.getString(1) + ": " + rs.getString(2) + " s").list()
                .forEach(System.out::println);
    }

    /** Part 2: {@code import} with {@code -Xmx512m} in a JVM of its own, once per size, each into an empty month. */
    private static void heapOfTheCommandLine(ConfigurableApplicationContext context) throws Exception {
        HikariDataSource settings = context.getBean(DataSource.class).unwrap(HikariDataSource.class);
        String sizes = System.getProperty("samspil.benchmark.heap-rows", "1000000,5000000,10000000");
        if (sizes.isBlank()) {
            return;
        }
        System.out.println("| rows | (a) LOAD DATA LOCAL INFILE | command line -Xmx512m: exit | JVM start to exit "
                + "| the import itself (its record's start to its end) | ratio (a)/import | peak heap in use "
                + "| largest heap after a collection | heap committed | peak RSS | load average before → after |");
        int month = 1;
        for (String size : sizes.split(",")) {
            int rows = Integer.parseInt(size.trim());
            String period = "2026-0" + month++;
            Path dir = Files.createTempDirectory("import-heap-");
            Path file = dir.resolve("survey-responses-" + period + ".csv");
            Path gcLog = dir.resolve("gc.log");
            try {
                generate(file, rows, period);
                double load = loadData(context.getEnvironment(), file);
                List<String> command = new java.util.ArrayList<>();
                // GNU time, where there is one, reports the process's peak resident set
                if (Files.isExecutable(Path.of("/usr/bin/time"))) {
                    command.addAll(List.of("/usr/bin/time", "-f", "peak RSS %M kB", "-o", dir.resolve("rss").toString()));
                }
                command.addAll(List.of(ProcessHandle.current().info().command().orElseThrow(), "-Xmx512m",
                        "-Xlog:gc,gc+heap+exit:file=" + gcLog,
                        "-Dspring.datasource.url=" + settings.getJdbcUrl(),
                        "-Dspring.datasource.username=" + settings.getUsername(),
                        "-Dspring.datasource.password=" + (settings.getPassword() == null ? "" : settings.getPassword()),
                        "-Dsamspil.demo.enabled=false", "-Dsamspil.import.work-dir=" + dir.resolve("work"),
                        "-Dsamspil.figures.catch-up-every=PT6H", "-Dlogging.level.root=WARN",
                        "-cp", System.getProperty("java.class.path"), SamspilApplication.class.getName(),
                        "import", "--file", file.toString(), "--lang", "en"));
                double loadBefore = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                long start = System.nanoTime();
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(dir.resolve("command-line.log").toFile()).start();
                int exit = process.waitFor();
                double seconds = (System.nanoTime() - start) / 1e9;
                long peak = 0;
                long committed = 0;
                // what survived a collection: the heap the import needs, where "before" is how full G1 let it get
                long live = 0;
                for (String line : Files.readAllLines(gcLog)) {
                    Matcher heap = HEAP_BEFORE_GC.matcher(line);
                    if (heap.find()) {
                        peak = Math.max(peak, Long.parseLong(heap.group(1)));
                        if (line.contains("Pause Young") || line.contains("Pause Full")) {
                            live = Math.max(live, Long.parseLong(heap.group(2)));
                        }
                        committed = Math.max(committed, Long.parseLong(heap.group(3)));
                    }
                    Matcher atExit = HEAP_AT_EXIT.matcher(line);
                    if (atExit.find()) {
                        peak = Math.max(peak, Long.parseLong(atExit.group(1)) / 1024);
                    }
                }
                String rss = Files.exists(dir.resolve("rss")) ? String.join(" ", Files.readAllLines(dir.resolve("rss"))) : "—";
                // what the command line says it took, without the JVM's and the context's start
                double itself = context.getBean(JdbcClient.class).sql("""
                        SELECT TIMESTAMPDIFF(MICROSECOND, started_at, finished_at) / 1e6 FROM import_record
                        ORDER BY id DESC LIMIT 1""").query(Double.class).optional().orElse(Double.NaN);
                System.out.printf("| %,d | %.2f s | %d | %.1f s | %.2f s | **%.2f** | %,d MB | %,d MB | %,d MB | %s | %.1f → %.1f |%n",
                        rows, load, exit, seconds, itself, load / itself, peak, live, committed, rss, loadBefore,
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                if (exit != 0) {
                    Files.readAllLines(dir.resolve("command-line.log")).stream().limit(40).forEach(System.out::println);
                }
            } finally {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }

    /** CPU time of this JVM's threads by name (numbers dropped: "C2 CompilerThread0" and 1 are one), from /proc. */
    private static final class ThreadCpu {
        static Map<String, Double> seconds() throws java.io.IOException {
            Map<String, Double> byName = new java.util.TreeMap<>();
            try (var tasks = Files.list(Path.of("/proc/self/task"))) {
                for (Path task : (Iterable<Path>) tasks::iterator) {
                    try {
                        String name = Files.readString(task.resolve("comm")).strip().replaceAll("\\d+$", "");
                        byName.merge(name, ticks(Files.readString(task.resolve("stat"))), Double::sum);
                    } catch (java.io.IOException ended) {
                        // the thread ended meanwhile
                    }
                }
            } catch (java.io.IOException | RuntimeException notLinux) {
                return Map.of();
            }
            return byName;
        }

        static Map<String, Double> since(Map<String, Double> before) throws java.io.IOException {
            Map<String, Double> spent = new java.util.TreeMap<>();
            seconds().forEach((name, now) -> spent.put(name, Math.max(0, now - before.getOrDefault(name, 0.0))));
            return spent;
        }
    }

    /** utime + stime of a /proc stat line, in seconds (clock ticks of 1/100 s). */
    private static double ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    /** The CPU time the local MariaDB server has used, where it runs on this machine (Linux: /proc); else NaN. */
    private static final class ServerCpu {
        static double seconds() {
            try (var processes = Files.list(Path.of("/proc"))) {
                for (Path process : (Iterable<Path>) processes::iterator) {
                    Path comm = process.resolve("comm");
                    if (Files.isReadable(comm) && Files.readString(comm).strip().matches("mariadbd|mysqld")) {
                        return ticks(Files.readString(process.resolve("stat")));
                    }
                }
            } catch (java.io.IOException | RuntimeException e) {
                return Double.NaN;
            }
            return Double.NaN;
        }
    }

    private static void generate(Path file, int rows, String wave) throws java.io.IOException {
        SplittableRandom random = new SplittableRandom(20261123L);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("response_ref,wave,municipality_code,sector,item_code,score\n");
            for (int row = 0; row < rows; row++) {
                int respondent = row / ITEMS.size();
                String item = ITEMS.get(row % ITEMS.size());
                int max = item.startsWith("RC") && !item.startsWith("RCL") ? 5 : 7;
                out.write("R" + respondent + "," + wave + "," + MUNICIPALITIES[respondent % MUNICIPALITIES.length] + ","
                        + SECTORS[(respondent / MUNICIPALITIES.length) % SECTORS.length] + "," + item + ","
                        + (1 + random.nextInt(max)) + "\n");
            }
        }
    }

    private static double loadData(Environment environment, Path file) throws Exception {
        String url = environment.getProperty("spring.datasource.url");
        try (Connection connection = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "allowLocalInfile=true",
                environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password"));
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_load");
            statement.execute("""
                    CREATE TABLE bench_load (response_ref VARCHAR(64) NOT NULL, wave CHAR(7) NOT NULL,
                        municipality_code SMALLINT NOT NULL, sector VARCHAR(24) NOT NULL, item_code VARCHAR(8) NOT NULL,
                        score TINYINT NOT NULL) ENGINE = InnoDB""");
            long start = System.nanoTime();
            statement.execute("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath()
                    + "' INTO TABLE bench_load FIELDS TERMINATED BY ',' LINES TERMINATED BY '\\n' IGNORE 1 LINES");
            double seconds = (System.nanoTime() - start) / 1e9;
            statement.execute("DROP TABLE bench_load");
            return seconds;
        }
    }
}
