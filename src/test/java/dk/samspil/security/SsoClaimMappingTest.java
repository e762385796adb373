package dk.samspil.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import dk.samspil.security.SsoRefusal.Reason;
import org.junit.jupiter.api.Test;

/**
 * The claims a provider sends, as an insider with an account at the provider would bend them: extra
 * roles, a municipality on a role that has none, a CPR number as the user name.
 */
class SsoClaimMappingTest {

    private static final String ISSUER = "https://login.example/realms/samspil";

    private final SsoClaimMapping mapping = new SsoClaimMapping(new SsoSettings(ISSUER, "samspil", "secret", null,
            new SsoSettings.Claims("groups", "kommunekode", null, null, null),
            Map.of(Role.MUNICIPAL_LEAD, List.of("samspil-kommuneleder", "SamspilLead"), Role.DATA_MANAGER,
                    List.of("samspil-datamanager"))));

    @Test
    void a_lead_gets_the_role_and_municipality_from_the_configured_claims() {
        SsoIdentity lead = mapping.map(ISSUER, "sub-1", Map.of("preferred_username", "lene", "name", "Lene Leder",
                "groups", List.of("offline_access", "SamspilLead"), "kommunekode", "461"));

        assertThat(lead).isEqualTo(new SsoIdentity(ISSUER, "sub-1", "lene", "Lene Leder", Role.MUNICIPAL_LEAD, 461, null));
    }

    @Test
    void a_municipality_may_come_as_a_number_and_a_roles_claim_as_one_string() {
        SsoIdentity lead = mapping.map(ISSUER, "sub-1", Map.of("preferred_username", "lene",
                "groups", "offline_access samspil-kommuneleder", "kommunekode", 563));

        assertThat(lead.municipalityCode()).isEqualTo(563);
        assertThat(lead.displayName()).as("the name claim is missing").isEqualTo("lene");
    }

    @Test
    void a_value_meant_for_another_role_name_grants_nothing_unless_configured() {
        // the role's own name is the default only for roles without configured values
        assertRefused(Map.of("preferred_username", "ib", "groups", List.of("MUNICIPAL_LEAD"), "kommunekode", "461"),
                Reason.NO_ROLE);
        assertThat(mapping.map(ISSUER, "s", Map.of("preferred_username", "s", "groups", List.of("STEERING"))).role())
                .isEqualTo(Role.STEERING);
    }

    @Test
    void no_role_several_roles_or_a_lead_without_a_municipality_are_refused() {
        assertRefused(Map.of("preferred_username", "ib"), Reason.NO_ROLE);
        assertRefused(Map.of("preferred_username", "ib", "groups", List.of("samspil-kommuneleder", "samspil-datamanager"),
                "kommunekode", "461"), Reason.SEVERAL_ROLES);
        assertRefused(Map.of("preferred_username", "ib", "groups", List.of("samspil-kommuneleder")), Reason.UNKNOWN_MUNICIPALITY);
        assertRefused(Map.of("preferred_username", "ib", "groups", List.of("samspil-kommuneleder"), "kommunekode",
                List.of("461", "563")), Reason.UNKNOWN_MUNICIPALITY);
        assertRefused(Map.of("preferred_username", "ib", "groups", List.of("samspil-kommuneleder"), "kommunekode",
                "461 OR 1=1"), Reason.UNKNOWN_MUNICIPALITY);
        assertRefused(Map.of("preferred_username", "ib", "groups", List.of("PROFESSIONAL"), "kommunekode", "461"),
                Reason.UNKNOWN_SECTOR);
    }

    @Test
    void a_municipality_claim_on_a_role_without_one_is_ignored() {
        SsoIdentity manager = mapping.map(ISSUER, "s", Map.of("preferred_username", "dorte",
                "groups", List.of("samspil-datamanager"), "kommunekode", "461", "sector", "PSYCHIATRY"));

        assertThat(manager.municipalityCode()).isNull();
        assertThat(manager.sectorCode()).isNull();
    }

    @Test
    void a_user_name_that_looks_like_a_cpr_number_is_refused_and_not_kept() {
        assertThatThrownBy(() -> mapping.map(ISSUER, "s", Map.of("preferred_username", "010203-1234",
                "groups", List.of("samspil-datamanager"))))
                .isInstanceOfSatisfying(SsoRefusal.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(Reason.NO_USERNAME);
                    assertThat(refusal.username()).doesNotContain("1234");
                });
    }

    private void assertRefused(Map<String, Object> claims, Reason reason) {
        assertThatThrownBy(() -> mapping.map(ISSUER, "s", claims))
                .isInstanceOfSatisfying(SsoRefusal.class, refusal -> assertThat(refusal.reason()).isEqualTo(reason));
    }
}
