package dk.samspil.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dk.samspil.security.ui.LoginView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import java.util.Map;

/**
 * Vaadin's navigation access control for the views ({@code @RolesAllowed}) and method security
 * for the services ({@code @PreAuthorize}), which are the real boundary: a hidden menu item
 * protects nothing. JSR-250 method security stays off so that views, which carry
 * {@code @RolesAllowed} for the router, are not wrapped in security proxies.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    /** The web part; the command-line import runs without a web server and needs none of it. */
    @Configuration
    @EnableWebSecurity
    @ConditionalOnWebApplication
    static class WebSecurity {

        @Bean
        SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests
                    .requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
            return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
        }
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // stored as {bcrypt}...; the prefix lets a later move to Argon2 verify old hashes
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(12)));
    }
}
