package dk.samspil.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dk.samspil.security.SsoRefusal.Reason;

/**
 * Reads the role, municipality and sector from the provider's claims by the configured names and
 * values. Exactly one Samspil role must match, or the person is refused: several would leave it to
 * chance which scope they get. The municipality and sector are read only for the roles bound to them,
 * so a stray claim widens nothing.
 */
final class SsoClaimMapping {

    private static final int MAX_USERNAME = 60;
    private static final int MAX_DISPLAY_NAME = 120;

    private final SsoSettings settings;

    SsoClaimMapping(SsoSettings settings) {
        this.settings = settings;
    }

    /** @throws SsoRefusal when the claims grant no usable role */
    SsoIdentity map(String issuer, String subject, Map<String, Object> claims) {
        SsoSettings.Claims names = settings.claims();
        String username = text(claims.get(names.username()));
        if (username == null || username.length() > MAX_USERNAME || ThrottledSubject.mayHoldCprNumber(username)) {
            throw new SsoRefusal(username == null ? subject : SignInAudit.safeName(username), Reason.NO_USERNAME);
        }
        Set<String> values = values(claims.get(names.roles()));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (settings.valuesFor(role).stream().anyMatch(values::contains)) {
                roles.add(role);
            }
        }
        if (roles.isEmpty()) {
            throw new SsoRefusal(username, Reason.NO_ROLE);
        }
        if (roles.size() > 1) {
            throw new SsoRefusal(username, Reason.SEVERAL_ROLES);
        }
        Role role = roles.iterator().next();
        Integer municipality = null;
        if (role.boundToMunicipality()) {
            municipality = municipalityCode(claims.get(names.municipality()));
            if (municipality == null) {
                throw new SsoRefusal(username, Reason.UNKNOWN_MUNICIPALITY);
            }
        }
        String sector = null;
        if (role == Role.PROFESSIONAL) {
            sector = text(claims.get(names.sector()));
            if (sector == null) {
                throw new SsoRefusal(username, Reason.UNKNOWN_SECTOR);
            }
        }
        String displayName = text(claims.get(names.displayName()));
        if (displayName == null) {
            displayName = username;
        } else if (displayName.length() > MAX_DISPLAY_NAME) {
            displayName = displayName.substring(0, MAX_DISPLAY_NAME);
        }
        return new SsoIdentity(issuer, subject, username, displayName, role, municipality, sector);
    }

    /** A municipality code: three digits, as a string or a number, or a list holding exactly one. */
    private static Integer municipalityCode(Object claim) {
        String code = text(claim);
        if (code == null || !code.matches("[0-9]{3}")) {
            return null;
        }
        return Integer.valueOf(code);
    }

    private static String text(Object claim) {
        Object value = claim;
        if (value instanceof Collection<?> list) {
            if (list.size() != 1) {
                return null;
            }
            value = list.iterator().next();
        }
        if (value instanceof String || value instanceof Number) {
            String text = value.toString().strip();
            return text.isEmpty() ? null : text;
        }
        return null;
    }

    /** The roles claim as a set of strings: a list (Keycloak, Entra ID), one string, or space-separated. */
    private static Set<String> values(Object claim) {
        if (claim instanceof Collection<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).collect(Collectors.toSet());
        }
        if (claim instanceof String text) {
            return Set.copyOf(List.of(text.strip().split("\\s+")));
        }
        return Set.of();
    }
}
