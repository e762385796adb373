package dk.samspil.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers on every response (docs/decisions/0014). Spring Security already sends
 * {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY} and no-cache headers, and
 * HSTS only on a secure request (directly over TLS, or behind a proxy that says
 * {@code X-Forwarded-Proto: https}); this adds the content security policy, the referrer and
 * permissions policies and a year of HSTS. Vaadin's own page handler sets
 * {@code X-Frame-Options: SAMEORIGIN} on its pages; the policy's {@code frame-ancestors 'none'} is what
 * browsers obey.
 *
 * <p>The policy is what a headless Chromium measured the pages to need (ContentSecurityPolicyIT): Vaadin's
 * bootstrap page carries its initial state as an inline script, Flow runs the server's JavaScript
 * through {@code new Function} ({@code 'unsafe-eval'}), Lumo and ApexCharts set inline styles, and
 * Lumo's icons and fonts are {@code data:} URLs (a chart's PNG export draws through one too).
 * Everything else comes from the application itself; no frames, no plug-ins, forms post only to us.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), hid=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=(), "
            + "display-capture=(), browsing-topics=()";

    private static final long ONE_YEAR = 365L * 24 * 60 * 60;

    private SecurityHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> all() {
        // eagerly: Vaadin's pages are forwarded to its servlet, and Tomcat finishes a forwarded response
        // on the unwrapped response, past the hook that would write the headers on commit
        return headers -> {
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                    .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                    .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(ONE_YEAR).includeSubDomains(true));
        };
    }
}
