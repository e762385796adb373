package dk.samspil.security;

import java.util.Optional;

/**
 * Who is signed in, and the scope their role gives them.
 *
 * @param municipalityCode set for municipal leads and professionals
 * @param sectorCode       set for professionals
 */
public record SignedInUser(String username, String displayName, Role role, Integer municipalityCode,
                           String sectorCode) {

    public Optional<Integer> municipality() {
        return Optional.ofNullable(municipalityCode);
    }

    /**
     * Case-level data is for the case's own municipality (its lead) and the data manager; everyone
     * else sees aggregates only.
     */
    public boolean maySeeCasesOf(int municipality) {
        return role == Role.DATA_MANAGER
                || (role == Role.MUNICIPAL_LEAD && municipalityCode != null && municipalityCode == municipality);
    }

    /** Aggregates: professionals see their own municipality's, everyone else all municipalities'. */
    public boolean maySeeAggregatesOf(int municipality) {
        return role != Role.PROFESSIONAL || (municipalityCode != null && municipalityCode == municipality);
    }
}
