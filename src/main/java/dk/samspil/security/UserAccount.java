package dk.samspil.security;

/** A stored user as the sign-in needs it (the password only as its hash). */
record UserAccount(long id, String username, String displayName, String passwordHash, Role role,
                   Integer municipalityCode, String sectorCode, boolean enabled) {
}
