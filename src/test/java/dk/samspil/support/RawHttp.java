package dk.samspil.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor of the running server as a raw HTTP client would be: its own cookies, no redirects
 * followed, any headers it likes (an attacker's, or a TLS proxy's {@code X-Forwarded-*}).
 */
public final class RawHttp {

    private static final Pattern META = Pattern.compile("<meta name=\"([^\"]+)\" content=\"([^\"]*)\"");

    private final String base;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();

    public RawHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Sent with every request from now on, e.g. {@code X-Forwarded-For}. */
    public RawHttp with(String header, String value) {
        headers.put(header, value);
        return this;
    }

    /** The address the server sees: the forwarded one, if the visitor sends one. */
    public String address() {
        return headers.getOrDefault("X-Forwarded-For", "127.0.0.1");
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> head(String path) {
        return send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Signs in as the login page does: opens it, takes the CSRF token from its meta tags (which
     * Vaadin's login form sends along) and posts the form. Returns the answer to the post.
     */
    public HttpResponse<String> signIn(String username, String password) {
        Map<String, String> meta = metaTags(get("/login").body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        form.put(meta.get("_csrf_parameter"), meta.get("_csrf"));
        return postForm("/login", form);
    }

    /** Whether a page behind sign-in opens rather than sending the visitor to the login. */
    public boolean signedIn() {
        return get("/overview").statusCode() == 200;
    }

    public static Map<String, String> metaTags(String html) {
        Map<String, String> tags = new LinkedHashMap<>();
        Matcher meta = META.matcher(html);
        while (meta.find()) {
            tags.put(meta.group(1), meta.group(2).replace("&amp;", "&"));
        }
        return tags;
    }

    public static List<String> setCookies(HttpResponse<?> response) {
        return new ArrayList<>(response.headers().allValues("set-cookie"));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(builder::header);
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
