package dk.samspil.security;

/**
 * A user as other modules and screens see it: never the password hash.
 *
 * @param id               the stable key other modules keep (IDs across modules, not associations)
 * @param municipalityCode set for municipal leads and professionals
 * @param sectorCode       set for professionals
 */
public record UserSummary(long id, String username, String displayName, Role role, Integer municipalityCode,
                          String sectorCode, boolean enabled) {
}
