package dk.samspil.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak for the sign-in tests, started once per test JVM and stopped when it exits: the
 * distribution the build unpacks into {@code target/keycloak} (pom.xml, pre-integration-test), in
 * development mode with its own throw-away database, on free ports, with the repository's realm
 * ({@code keycloak/samspil-realm.json}: the {@code samspil} client, a user per role, the claims).
 * A Keycloak left behind by a test JVM that was killed is stopped first.
 */
public final class KeycloakServer {

    public static final String REALM = "samspil";
    public static final String CLIENT_ID = "samspil";
    public static final String CLIENT_SECRET = "samspil-test-secret";
    public static final String PASSWORD = "samspil-demo";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);
    private static String issuer;

    private KeycloakServer() {
    }

    /** The realm's issuer URL, Keycloak started if it is not yet running. */
    public static synchronized String issuer() {
        if (issuer == null) {
            issuer = start();
        }
        return issuer;
    }

    private static String start() {
        Path home = Path.of(System.getProperty("samspil.keycloak.home", "target/keycloak/keycloak-26.7.3")).toAbsolutePath();
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak at " + home + ": the build unpacks it before the integration "
                    + "tests (./mvnw verify -Dit.test=SignInThroughKeycloakIT)");
        }
        Path pidFile = home.resolve("samspil-test.pid");
        stopLeftOver(pidFile);
        try {
            // a fresh database every run: the realm is always the repository's current file
            deleteTree(home.resolve("data/h2"));
            Path imports = Files.createDirectories(home.resolve("data/import"));
            try (InputStream realm = KeycloakServer.class.getResourceAsStream("/keycloak/samspil-realm.json")) {
                Files.copy(realm, imports.resolve("samspil-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            }
            int port = freePort();
            ProcessBuilder builder = new ProcessBuilder("bash", "bin/kc.sh", "start-dev", "--http-port=" + port,
                    "--http-management-port=" + freePort(), "--import-realm")
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("samspil-test.log").toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
            Instant started = Instant.now();
            Process keycloak = builder.start();
            Files.writeString(pidFile, String.valueOf(keycloak.pid()));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(keycloak.toHandle()), "stop-keycloak"));
            String realmUrl = "http://127.0.0.1:" + port + "/realms/" + REALM;
            awaitDiscovery(realmUrl, keycloak, home.resolve("samspil-test.log"));
            System.out.printf("Keycloak answered after %d s (%s)%n", Duration.between(started, Instant.now()).toSeconds(),
                    realmUrl);
            return realmUrl;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitDiscovery(String realmUrl, Process keycloak, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(realmUrl + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!keycloak.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting:\n" + tail(log));
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stop(keycloak.toHandle());
        throw new IllegalStateException("Keycloak did not answer within " + START_TIMEOUT + ":\n" + tail(log));
    }

    /** A Keycloak of an earlier test JVM that did not live to stop it (killed build, IDE stop button). */
    private static void stopLeftOver(Path pidFile) {
        try {
            if (Files.isRegularFile(pidFile)) {
                long pid = Long.parseLong(Files.readString(pidFile).strip());
                Optional<ProcessHandle> left = ProcessHandle.of(pid);
                left.filter(process -> process.info().commandLine().orElse("").contains("kc.sh")
                        || process.info().commandLine().orElse("").contains("keycloak")).ifPresent(KeycloakServer::stop);
                Files.delete(pidFile);
            }
        } catch (IOException | NumberFormatException unreadable) {
            // nothing to stop
        }
    }

    private static void stop(ProcessHandle process) {
        List<ProcessHandle> all = Stream.concat(process.descendants(), Stream.of(process)).toList();
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle each : all) {
            try {
                each.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                each.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
