package dk.samspil.benchmark;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import dk.samspil.support.HeadlessChromium;

/**
 * Issue 14's concurrency benchmark against running instances (deploy/two-nodes.sh start): the heap
 * one signed-in Overview session holds, and p50/p95 of page loads and of the dashboards' data calls
 * with 10, 50 and 200 concurrent signed-in users, on one instance and on two behind HAProxy. Run with
 * {@code ./mvnw -Pbenchmark verify -Dbenchmark.class=ConcurrencyBenchmark}; results go in
 * docs/benchmarks.md. A main class, not a test: timings on a shared machine are not assertions.
 * <p>
 * The users are {@link VaadinVisitor}s: Vaadin's own requests over HTTP, a page load being the page,
 * the UI's init and the navigation that builds the view (its answer carries the charts' data), each
 * user pausing between pages as a person reading a dashboard does. Real browsers would be the truer
 * driver but 200 Chromium tabs do not fit beside two servers on two cores; so beside the simulated
 * users one real headless Chromium loads the Overview again and again and times it until every chart
 * is drawn, to show what a person would see under that load. Settings (environment):
 * SAMSPIL_BENCH_TARGETS ("name=url,…"; the first is the one the heap is measured on),
 * SAMSPIL_BENCH_USERS (10,50,200), SAMSPIL_BENCH_SECONDS (60 per level), SAMSPIL_BENCH_THINK_MS
 * (mean pause between pages, 5000), SAMSPIL_BENCH_HEAP_PID (the first target's process; default
 * target/two-nodes/node1.pid; "none" to skip), SAMSPIL_BENCH_HEAP_SESSIONS (100).
 */
public final class ConcurrencyBenchmark {

    private static final String USER = "styregruppe";
    private static final String PASSWORD = "samspil-demo";
    /** The dashboards a steering-group member opens, in turn. */
    private static final List<String> PAGES = List.of("/overview", "/municipalities", "/meetings", "/outcomes",
            "/compare", "/culture", "/overview?municipality=461");
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private ConcurrencyBenchmark() {
    }

    record Level(String target, int users, int loads, double seconds, double[] page, double[] data, double pageMax,
                 double[] browser, int browserLoads, int errors, String firstError, String loadBefore, String loadAfter,
                 double serverCpuPerLoad, double databaseCpuPerLoad) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> targets = targets(env("SAMSPIL_BENCH_TARGETS",
                "one instance=http://127.0.0.1:8081,two behind HAProxy=http://127.0.0.1:8088"));
        int[] levels = Arrays.stream(env("SAMSPIL_BENCH_USERS", "10,50,200").split(",")).mapToInt(Integer::parseInt).toArray();
        int seconds = Integer.parseInt(env("SAMSPIL_BENCH_SECONDS", "60"));
        int thinkMillis = Integer.parseInt(env("SAMSPIL_BENCH_THINK_MS", "5000"));
        int most = Arrays.stream(levels).max().orElseThrow();
        HttpClient client = VaadinVisitor.sharedClient();

        String heap = "";
        List<Level> results = new ArrayList<>();
        boolean first = true;
        for (Map.Entry<String, String> target : targets.entrySet()) {
            List<VaadinVisitor> visitors = new ArrayList<>();
            if (first) {
                heap = heapPerSession(client, target.getValue(), visitors);
                first = false;
            }
            signIn(client, target.getValue(), visitors, most);
            warmUp(visitors.subList(0, Math.min(10, visitors.size())));
            for (int users : levels) {
                Level level = run(target.getKey(), target.getValue(), visitors.subList(0, users), seconds, thinkMillis);
                results.add(level);
                System.out.println(row(level));
            }
            signOut(visitors);
        }
        System.out.printf("%n%s UTC, %d cores, JDK %s; %d s a level, a page every %.1f s on average per user%n%s%n%n",
                LocalDateTime.now(ZoneOffset.UTC).withNano(0), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.runtime.version"), seconds, thinkMillis / 1000.0, heap);
        System.out.println("| target | users | page loads (/s) | page p50 | page p95 | page max | data call p50 | data call p95 "
                + "| Chromium Overview p50 / p95 (n) | CPU per page load, nodes + MariaDB | errors | load average before → after |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        results.forEach(level -> System.out.println(row(level)));
    }

    /** Opens signed-in Overview sessions on the first target and divides the heap growth (after full collections). */
    private static String heapPerSession(HttpClient client, String base, List<VaadinVisitor> visitors) throws Exception {
        String pid = env("SAMSPIL_BENCH_HEAP_PID", "");
        Path pidFile = Path.of("target/two-nodes/node1.pid");
        if (pid.isBlank() && Files.exists(pidFile)) {
            pid = Files.readString(pidFile).trim();
        }
        if (!pid.matches("\\d+")) {
            return "heap per session: not measured (SAMSPIL_BENCH_HEAP_PID is not a process id)";
        }
        int sessions = Integer.parseInt(env("SAMSPIL_BENCH_HEAP_SESSIONS", "100"));
        // the first sessions pay for classes and caches: not counted
        signIn(client, base, visitors, 10);
        warmUp(visitors);
        long before = settledHeap(pid);
        List<VaadinVisitor> measured = new ArrayList<>();
        signIn(client, base, measured, sessions);
        for (VaadinVisitor visitor : measured) {
            visitor.load("/overview");
        }
        long after = settledHeap(pid);
        visitors.addAll(measured);
        String line = "heap per signed-in Overview session (pid %s): %d sessions, %.1f MB -> %.1f MB, %.0f kB each"
                .formatted(pid, sessions, before / 1e6, after / 1e6, (after - before) / 1e3 / sessions);
        System.out.println(line);
        return line;
    }

    private static long settledHeap(String pid) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        for (int i = 0; i < 3; i++) {
            new ProcessBuilder(jcmd, pid, "GC.run").redirectErrorStream(true).start().waitFor();
            Thread.sleep(300);
        }
        Process info = new ProcessBuilder(jcmd, pid, "GC.heap_info").redirectErrorStream(true).start();
        String text = new String(info.getInputStream().readAllBytes());
        info.waitFor();
        Matcher used = HEAP_USED.matcher(text);
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info said no heap size: " + text);
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    /** Signs visitors in until there are {@code count}, four at a time (bcrypt is the cost). */
    private static void signIn(HttpClient client, String base, List<VaadinVisitor> visitors, int count) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<VaadinVisitor>> signedIn = new ArrayList<>();
            for (int i = visitors.size(); i < count; i++) {
                signedIn.add(pool.submit(() -> {
                    VaadinVisitor visitor = new VaadinVisitor(client, base);
                    visitor.signIn(USER, PASSWORD);
                    return visitor;
                }));
            }
            for (Future<VaadinVisitor> visitor : signedIn) {
                visitors.add(visitor.get());
            }
        }
    }

    private static void warmUp(List<VaadinVisitor> visitors) throws IOException, InterruptedException {
        for (VaadinVisitor visitor : visitors) {
            for (String page : PAGES) {
                visitor.load(page);
            }
        }
    }

    private static void signOut(List<VaadinVisitor> visitors) throws IOException, InterruptedException {
        for (VaadinVisitor visitor : visitors) {
            visitor.signOut();
        }
    }

    private static Level run(String name, String base, List<VaadinVisitor> users, int seconds, int thinkMillis)
            throws Exception {
        String loadBefore = loadAverage();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ConcurrentLinkedQueue<VaadinVisitor.Load> loads = new ConcurrentLinkedQueue<>();
        List<Double> browser = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        long start = System.nanoTime();
        long serverCpu = cpuMillis(nodePids());
        long databaseCpu = cpuMillis(databasePids());
        Thread chromium = Thread.ofPlatform().start(() -> sampleInChromium(base, deadline, thinkMillis, browser, errors, firstError));
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < users.size(); i++) {
                VaadinVisitor user = users.get(i);
                int offset = i;
                executor.submit(() -> {
                    pause(ThreadLocalRandom.current().nextLong(2L * thinkMillis + 1));
                    for (int k = offset; System.nanoTime() < deadline; k++) {
                        try {
                            loads.add(user.load(PAGES.get(k % PAGES.size())));
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, e.toString());
                        }
                        pause(ThreadLocalRandom.current().nextLong(2L * thinkMillis + 1));
                    }
                    return null;
                });
            }
        }
        chromium.join();
        double took = (System.nanoTime() - start) / 1e9;
        double perLoad = Math.max(1, loads.size() + browser.size());
        double serverCpuPerLoad = (cpuMillis(nodePids()) - serverCpu) / perLoad;
        double databaseCpuPerLoad = (cpuMillis(databasePids()) - databaseCpu) / perLoad;
        List<Double> page = loads.stream().map(VaadinVisitor.Load::totalMillis).toList();
        List<Double> data = loads.stream().map(VaadinVisitor.Load::navigateMillis).toList();
        return new Level(name, users.size(), loads.size(), took, DashboardBenchmark.percentiles(page),
                DashboardBenchmark.percentiles(data), page.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                browser.isEmpty() ? null : DashboardBenchmark.percentiles(browser), browser.size(), errors.get(),
                firstError.get(), loadBefore, loadAverage(), serverCpuPerLoad, databaseCpuPerLoad);
    }

    /** The nodes deploy/two-nodes.sh started (their pid files), whose CPU time a level costs. */
    private static List<Long> nodePids() {
        List<Long> pids = new ArrayList<>();
        for (String node : List.of("node1", "node2")) {
            try {
                pids.add(Long.parseLong(Files.readString(Path.of("target/two-nodes", node + ".pid")).trim()));
            } catch (IOException | NumberFormatException e) {
                // not started by the script: its CPU is not counted
            }
        }
        return pids;
    }

    private static List<Long> databasePids() {
        return ProcessHandle.allProcesses().filter(p -> p.info().command().orElse("").endsWith("/mariadbd"))
                .map(ProcessHandle::pid).toList();
    }

    /** User + system CPU of the processes so far, in ms (from /proc: 100 ticks a second on Linux). */
    private static long cpuMillis(List<Long> pids) {
        long ticks = 0;
        for (long pid : pids) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException e) {
                // the process has ended
            }
        }
        return ticks * 10;
    }

    /** One real browser among the simulated users: Overview loads until every chart is drawn. */
    private static void sampleInChromium(String base, long deadline, int thinkMillis, List<Double> millis,
                                         AtomicInteger errors, AtomicReference<String> firstError) {
        try (HeadlessChromium chromium = new HeadlessChromium()) {
            Page page = DashboardBenchmark.signedIn(chromium.browser(), base, USER);
            DashboardBenchmark.renderOnce(page, base + "/overview");
            while (System.nanoTime() < deadline) {
                millis.add(DashboardBenchmark.renderOnce(page, base + "/overview"));
                pause(thinkMillis / 5);
            }
        } catch (RuntimeException e) {
            errors.incrementAndGet();
            firstError.compareAndSet(null, "Chromium: " + e);
        }
    }

    private static String row(Level level) {
        return "| %s | %d | %d (%.1f/s) | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %s | %.0f + %.0f ms | %d%s | %s → %s |".formatted(
                level.target(), level.users(), level.loads(), level.loads() / level.seconds(), level.page()[0],
                level.page()[1], level.pageMax(), level.data()[0], level.data()[1],
                level.browser() == null ? "–" : "%.0f / %.0f ms (%d)".formatted(level.browser()[0], level.browser()[1],
                        level.browserLoads()),
                level.serverCpuPerLoad(), level.databaseCpuPerLoad(), level.errors(), level.firstError() == null ? "" : " (" + level.firstError() + ")",
                level.loadBefore(), level.loadAfter());
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "?";
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> targets(String spec) {
        Map<String, String> targets = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            String[] parts = entry.split("=", 2);
            targets.put(parts[0].trim(), parts[1].trim());
        }
        return targets;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
