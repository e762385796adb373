package dk.samspil.security;

/**
 * What the identity provider's claims say about a person, mapped to Samspil's terms.
 *
 * @param issuer  the provider (its issuer URL); with the subject, the key the local user is found by
 * @param subject the provider's stable id for the person ({@code sub})
 */
record SsoIdentity(String issuer, String subject, String username, String displayName, Role role,
                   Integer municipalityCode, String sectorCode) {
}
