package dk.samspil.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Spring's OpenID Connect user (the ID token it has checked: signature, issuer, audience, expiry,
 * nonce; and the user-info answer) turned into a Samspil user through the configured claims.
 */
final class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final SsoClaimMapping mapping;
    private final SsoAccounts accounts;

    SsoUserService(OAuth2UserService<OidcUserRequest, OidcUser> provider, SsoClaimMapping mapping, SsoAccounts accounts) {
        this.provider = provider;
        this.mapping = mapping;
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser fromProvider = provider.loadUser(request);
        SsoIdentity identity = mapping.map(fromProvider.getIssuer().toString(), fromProvider.getSubject(),
                fromProvider.getClaims());
        return new SsoUser(fromProvider, accounts.signIn(identity));
    }
}
