package dk.samspil.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Sign-in through the organisation's identity provider (docs/decisions/0017), beside the login form
 * and only when an issuer is configured. Spring's OpenID Connect client does the protocol (state,
 * nonce, the code exchange, the ID token's signature, issuer and audience); this adds the claim
 * mapping, the just-in-time local user, the audit log, and a page that says why a refused person is
 * refused. The tokens are kept in the session, which ends as any other.
 */
@Component
class SsoSignIn {

    /** The refusal page (security/ui/SignInRefusedView). */
    static final String REFUSED_PAGE = "/login-refused";
    static final String FAILED = "failed";

    private final SsoSettings settings;
    private final SsoAccounts accounts;
    private final SignInAudit audit;

    SsoSignIn(SsoSettings settings, SsoAccounts accounts, SignInAudit audit) {
        this.settings = settings;
        this.accounts = accounts;
        this.audit = audit;
    }

    void applyTo(HttpSecurity http) throws Exception {
        if (!settings.enabled()) {
            return;
        }
        SavedRequestAwareAuthenticationSuccessHandler thenOn = new SavedRequestAwareAuthenticationSuccessHandler();
        http.oauth2Login(login -> login
                // Vaadin's login view, not the page Spring would otherwise generate at the same address
                .loginPage("/login")
                .clientRegistrationRepository(new SsoClientRegistrations(settings))
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .successHandler((request, response, authentication) -> signedIn(request, response, authentication, thenOn))
                .failureHandler(this::refused));
    }

    /**
     * The code exchange and the ID token's checks, for the sign-in's authentication manager: the chain
     * is given that manager (SecurityConfig), so the providers the configurer above would add are not
     * used, and the ones here are.
     */
    List<AuthenticationProvider> providers() {
        if (!settings.enabled()) {
            return List.of();
        }
        return List.of(new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(),
                new SsoUserService(new OidcUserService(), new SsoClaimMapping(settings), accounts)));
    }

    private void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication,
                          SavedRequestAwareAuthenticationSuccessHandler thenOn) throws IOException, ServletException {
        audit.signedInThroughProvider(authentication.getName(), request.getRemoteAddr());
        thenOn.onAuthenticationSuccess(request, response, authentication);
    }

    private void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String reason;
        if (failure instanceof SsoRefusal refusal) {
            reason = refusal.reason().code();
            audit.refusedThroughProvider(refusal.username(), reason, request.getRemoteAddr());
        } else {
            // a forged or replayed callback, an ID token that fails Spring's checks, an error from the provider
            String error = failure instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : null;
            audit.providerSignInFailed(error, request.getRemoteAddr());
            reason = FAILED;
        }
        response.sendRedirect(request.getContextPath() + REFUSED_PAGE + "?reason=" + reason);
    }
}
