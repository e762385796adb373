package dk.samspil.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dk.samspil.support.RawHttp;

/**
 * One signed-in browser tab as the server sees it, without a browser: its own cookies (the session
 * and the balancer's node cookie), and a page load made of the three requests Vaadin's client makes
 * — the page, the UI's init, and the navigation whose answer carries the view with its charts'
 * options and data. The bundle's scripts and styles are left out: a returning browser has them
 * cached. Many visitors share one {@link HttpClient}, so 200 of them cost 200 sessions on the
 * server and next to nothing in the driver.
 */
final class VaadinVisitor {

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** A page load's time in all and that of its navigation request, where the page's data is read. */
    record Load(double totalMillis, double navigateMillis) {
    }

    private final HttpClient client;
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private Map<String, String> pageMeta = Map.of();
    private int openUi = -1;
    private String openKey;
    private int syncId;

    VaadinVisitor(HttpClient client, String base) {
        this.client = client;
        this.base = base;
    }

    static HttpClient sharedClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in through the login form (with its CSRF token), as a person would. */
    void signIn(String username, String password) throws IOException, InterruptedException {
        Map<String, String> meta = RawHttp.metaTags(send(get("/login")).body());
        String form = Map.of("username", username, "password", password, meta.get("_csrf_parameter"), meta.get("_csrf"))
                .entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error") || location.contains("login")) {
            throw new IllegalStateException("sign-in as " + username + " failed: HTTP " + answer.statusCode() + " " + location);
        }
    }

    /**
     * Loads a page as a browser does on a reload or a typed address: the tab's previous UI is closed
     * first with the beacon the browser sends when it leaves a page, so the server holds one UI per
     * visitor, as it does for a person.
     */
    Load load(String pathAndQuery) throws IOException, InterruptedException {
        closeOpenUi();
        String location = pathAndQuery.substring(1);
        String route = location.contains("?") ? location.substring(0, location.indexOf('?')) : location;
        String query = location.contains("?") ? location.substring(location.indexOf('?') + 1) : "";
        long start = System.nanoTime();
        HttpResponse<String> page = send(get(pathAndQuery));
        if (page.statusCode() != 200) {
            throw new IllegalStateException(pathAndQuery + " answered HTTP " + page.statusCode() + " (signed out?)");
        }
        pageMeta = RawHttp.metaTags(page.body());
        String init = send(get("/?v-r=init&location=" + URLEncoder.encode(location, StandardCharsets.UTF_8))).body();
        Matcher key = SECURITY_KEY.matcher(init);
        Matcher ui = UI_ID.matcher(init);
        if (!key.find() || !ui.find()) {
            throw new IllegalStateException("Vaadin did not start a UI for " + pathAndQuery);
        }
        openKey = key.group(1);
        openUi = Integer.parseInt(ui.group(1));
        syncId = 0;
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                "query":"%s","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(openKey, route, query);
        long navigateStart = System.nanoTime();
        HttpResponse<String> view = send(request("/?v-r=uidl&v-uiId=" + openUi).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)));
        long end = System.nanoTime();
        if (view.statusCode() != 200 || !view.body().contains("samspil-apex-chart")) {
            throw new IllegalStateException(pathAndQuery + " did not draw a chart: HTTP " + view.statusCode());
        }
        syncId = 1;
        return new Load((end - start) / 1e6, (end - navigateStart) / 1e6);
    }

    /** Signs out as the menu's sign-out does (a POST with the page's CSRF token), so the server lets the session go. */
    void signOut() throws IOException, InterruptedException {
        closeOpenUi();
        if (pageMeta.containsKey("_csrf")) {
            String form = URLEncoder.encode(pageMeta.get("_csrf_parameter"), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(pageMeta.get("_csrf"), StandardCharsets.UTF_8);
            send(request("/logout").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }
        cookies.clear();
    }

    /** The balancer's node cookie: which node holds this visitor's session (null without a balancer). */
    String node() {
        return cookies.get("SAMSPIL_NODE");
    }

    private void closeOpenUi() throws IOException, InterruptedException {
        if (openUi < 0) {
            return;
        }
        String unload = """
                {"csrfToken":"%s","rpc":[],"syncId":%d,"clientId":1,"UNLOAD":true}""".formatted(openKey, syncId);
        send(request("/?v-r=uidl&v-uiId=" + openUi).header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(unload)));
        openUi = -1;
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("set-cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
        return response;
    }
}
