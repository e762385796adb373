package dk.samspil.security;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in through the organisation's identity provider (docs/decisions/0017): on when an issuer is
 * configured, and then beside the local accounts, not instead of them. Which claims carry the role,
 * municipality and sector, and which claim values mean which Samspil role, are settings, so the same
 * build fits Keycloak, Entra ID or a broker in front of KOMBIT's Context Handler.
 *
 * @param issuerUri    the provider's issuer; its metadata is read at the first sign-in, not at start-up,
 *                     so the local data manager can sign in while the provider is down
 * @param roleValues   per Samspil role, the values of the roles claim that grant it
 */
@ConfigurationProperties("samspil.sso")
public record SsoSettings(String issuerUri, String clientId, String clientSecret,
                          @DefaultValue({"openid", "profile"}) List<String> scopes,
                          @DefaultValue Claims claims, Map<Role, List<String>> roleValues) {

    public SsoSettings {
        scopes = scopes == null ? List.of("openid", "profile") : List.copyOf(scopes);
        claims = claims == null ? new Claims(null, null, null, null, null) : claims;
        roleValues = roleValues == null ? Map.of() : Map.copyOf(roleValues);
    }

    /** The login page offers the organisation's login only when there is one to go to. */
    public boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }

    /** The values that grant a role; without a setting the role's own name (e.g. {@code MUNICIPAL_LEAD}). */
    List<String> valuesFor(Role role) {
        List<String> configured = roleValues.get(role);
        return configured == null || configured.isEmpty() ? List.of(role.name()) : configured;
    }

    /** The names of the claims read from the ID token (or the user-info answer). */
    public record Claims(@DefaultValue("roles") String roles, @DefaultValue("municipality") String municipality,
                         @DefaultValue("sector") String sector, @DefaultValue("preferred_username") String username,
                         @DefaultValue("name") String displayName) {

        public Claims {
            roles = orDefault(roles, "roles");
            municipality = orDefault(municipality, "municipality");
            sector = orDefault(sector, "sector");
            username = orDefault(username, "preferred_username");
            displayName = orDefault(displayName, "name");
        }

        private static String orDefault(String value, String fallback) {
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
