package dk.samspil.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dk.samspil.security.ui.LoginView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Vaadin's navigation access control for the views ({@code @RolesAllowed}) and method security
 * for the services ({@code @PreAuthorize}), which are the real boundary: a hidden menu item
 * protects nothing. JSR-250 method security stays off so that views, which carry
 * {@code @RolesAllowed} for the router, are not wrapped in security proxies.
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties({SignInLimits.class, SsoSettings.class})
class SecurityConfig {

    /** The web part; the command-line import runs without a web server and needs none of it. */
    @Configuration
    @EnableWebSecurity
    @ConditionalOnWebApplication
    static class WebSecurity {

        /**
         * Hardened sign-in (docs/decisions/0014): the throttled password check as the only way in;
         * CSRF protection on the login form too (Vaadin's configurer exempts its login page, which
         * would let another site sign a victim in as the attacker: Vaadin's login form sends the
         * token from the page's meta tags when it is there, and it is); an absolute session
         * lifetime; the security headers.
         */
        @Bean
        SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager signIn, RequestUtil vaadinRequests,
                                                @Value("${samspil.session.absolute-lifetime:12h}") Duration lifetime,
                                                Clock clock, ObjectProvider<SecurityContextHolderStrategy> contexts,
                                                SignInAudit audit, SsoSignIn organisationLogin, UserAccounts accounts) throws Exception {
            // the balancer's health checks on the application's port; the metrics are served on the
            // management port only (management.server.port, which the firewall keeps from users)
            http.authorizeHttpRequests(requests -> requests
                    .requestMatchers("/actuator/health", "/actuator/health/**", "/healthz", "/livez", "/readyz",
                            "/actuator/prometheus").permitAll());
            http.authenticationManager(signIn);
            // Vaadin's own requests carry Vaadin's CSRF token; everything else, the login included, Spring's
            http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
            http.exceptionHandling(exceptions -> exceptions.defaultAccessDeniedHandlerFor(
                    SecurityConfig::staleLoginPage, PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login")));
            // made here, not as a bean: Boot would also put a Filter bean in front of the whole servlet
            http.addFilterAfter(new SessionLifetime(lifetime, clock,
                    contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy), audit),
                    SecurityContextHolderFilter.class);
            http.addFilterAfter(new ChangedAccountSignOut(accounts,
                    contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy), audit), SessionLifetime.class);
            http.headers(SecurityHeaders.all());
            organisationLogin.applyTo(http);
            return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                    .enableCsrfConfiguration(false)).build();
        }

        @Bean
        AuthenticationManager signIn(UserAccounts accounts, PasswordEncoder encoder, SignInThrottle throttle,
                                     SignInAudit audit, ObjectProvider<AuthenticationEventPublisher> events,
                                     SsoSignIn organisationLogin) {
            DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
            passwords.setPasswordEncoder(encoder);
            List<AuthenticationProvider> providers = new ArrayList<>();
            providers.add(new ThrottledSignIn(passwords, throttle, audit, encoder));
            providers.addAll(organisationLogin.providers());
            ProviderManager manager = new ProviderManager(providers);
            events.ifAvailable(manager::setAuthenticationEventPublisher);
            return manager;
        }
    }

    /**
     * A login posted without a valid CSRF token: forged by another site, or from a login page left
     * open past the session's end. Either way nobody is signed in; the person at the form is sent
     * back to a fresh one that says why.
     */
    private static void staleLoginPage(HttpServletRequest request, HttpServletResponse response,
                                       AccessDeniedException denied) throws IOException {
        if (denied instanceof CsrfException) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/login?expired");
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // stored as {bcrypt}...; the prefix lets a later move to Argon2 verify old hashes
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(12)));
    }
}
