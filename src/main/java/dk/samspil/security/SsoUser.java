package dk.samspil.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through the identity provider: the provider's tokens, and the local user's name
 * and scope. The only authority is the Samspil role, as for a local user.
 */
final class SsoUser extends DefaultOidcUser implements SamspilPrincipal {

    private final SignedInUser signedInUser;

    SsoUser(OidcUser fromProvider, SignedInUser signedInUser) {
        super(List.of(new SimpleGrantedAuthority(signedInUser.role().authority())), fromProvider.getIdToken(),
                fromProvider.getUserInfo());
        this.signedInUser = signedInUser;
    }

    @Override
    public SignedInUser signedInUser() {
        return signedInUser;
    }

    /** The local user name: what the audit log and the sign-out record. */
    @Override
    public String getName() {
        return signedInUser.username();
    }
}
