package dk.samspil.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** Spring Security's user, carrying the Samspil scope so no lookup is needed per request. */
class SamspilUserDetails extends User {

    private final SignedInUser signedInUser;

    SamspilUserDetails(UserAccount account) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true, true,
                authorities(account.role()));
        this.signedInUser = account.signedInUser();
    }

    /** A reader that is no stored account: the command line's, which signs in with no password. */
    SamspilUserDetails(SignedInUser reader) {
        super(reader.username(), "", true, true, true, true, authorities(reader.role()));
        this.signedInUser = reader;
    }

    SignedInUser signedInUser() {
        return signedInUser;
    }

    private static Collection<GrantedAuthority> authorities(Role role) {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }
}
