package dk.samspil.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.samspil.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What {@code curl -I} shows on the running server: the security headers on every kind of response,
 * and behind a TLS proxy ({@code X-Forwarded-Proto: https}) a Secure session cookie, HSTS, and
 * redirects that stay on https.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTest {

    private static final String PASSWORD = "Blå-Cykel-Onsdag-42";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;

    @Test
    void every_kind_of_response_carries_the_security_headers() {
        RawHttp visitor = new RawHttp(port);
        for (String path : List.of("/login", "/", "/overview", "/survey/made-up-token", "/icons/favicon.svg",
                "/actuator/health", "/no/such/page", "/VAADIN/")) {
            for (HttpResponse<String> response : List.of(visitor.head(path), visitor.get(path))) {
                var headers = response.headers();
                String what = response.request().method() + " " + path + " (" + response.statusCode() + ") " + headers.map();
                assertThat(headers.firstValue("content-security-policy")).as(what)
                        .contains(SecurityHeaders.CONTENT_SECURITY_POLICY);
                assertThat(headers.firstValue("x-content-type-options")).as(what).contains("nosniff");
                assertThat(headers.firstValue("referrer-policy")).as(what).contains("no-referrer");
                assertThat(headers.firstValue("permissions-policy")).as(what).hasValueSatisfying(
                        policy -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
                assertThat(headers.firstValue("x-frame-options")).as(what).contains("DENY");
                assertThat(headers.firstValue("strict-transport-security")).as(what + ": no HSTS over plain http").isEmpty();
            }
        }
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'", "object-src 'none'",
                "form-action 'self'", "default-src 'self'").doesNotContain("*");
    }

    @Test
    void behind_a_tls_proxy_the_cookie_is_secure_hsts_is_sent_and_redirects_stay_on_https() {
        RawHttp visitor = new RawHttp(port).with("X-Forwarded-Proto", "https").with("X-Forwarded-For", "192.0.2.44");
        HttpResponse<String> login = visitor.get("/login");

        assertThat(login.headers().firstValue("strict-transport-security")).contains("max-age=31536000 ; includeSubDomains");
        String cookie = sessionCookie(login);
        assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax");
        HttpResponse<String> protectedPage = new RawHttp(port).with("X-Forwarded-Proto", "https").get("/overview");
        assertThat(protectedPage.headers().firstValue("location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("https://").endsWith("/login"));

        // the Secure cookie goes back as a browser on https would send it
        String user = "tls.test." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewUser(user, "Test", PASSWORD, Role.STEERING, null, null));
        String token = RawHttp.metaTags(login.body()).get("_csrf");
        HttpResponse<String> signedIn = visitor.with("Cookie", cookie.substring(0, cookie.indexOf(';')))
                .postForm("/login", Map.of("username", user, "password", PASSWORD, "_csrf", token));
        assertThat(signedIn.headers().firstValue("location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("https://").doesNotContain("/login"));
        assertThat(sessionCookie(signedIn)).as("a new session after sign-in, Secure too").contains("Secure")
                .isNotEqualTo(cookie);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return RawHttp.setCookies(response).stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }
}
