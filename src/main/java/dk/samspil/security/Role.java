package dk.samspil.security;

/** The four kinds of Samspil user (README, "Demo users"). */
public enum Role {
    STEERING,
    MUNICIPAL_LEAD,
    PROFESSIONAL,
    DATA_MANAGER;

    /** Spring Security's authority name, as {@code @RolesAllowed} expects it. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Municipal leads and professionals work for one municipality and see its cases. */
    public boolean boundToMunicipality() {
        return this == MUNICIPAL_LEAD || this == PROFESSIONAL;
    }

    /**
     * Whether a municipality and a sector fit the role: municipal leads and professionals need a
     * municipality, professionals also a sector, and nobody else has either (the database checks the same).
     */
    public boolean fitsScope(Integer municipalityCode, String sectorCode) {
        return boundToMunicipality() == (municipalityCode != null) && (this == PROFESSIONAL) == (sectorCode != null);
    }

    /** Constants for {@code @RolesAllowed}, which needs compile-time strings. */
    public static final class Names {
        public static final String STEERING = "STEERING";
        public static final String MUNICIPAL_LEAD = "MUNICIPAL_LEAD";
        public static final String PROFESSIONAL = "PROFESSIONAL";
        public static final String DATA_MANAGER = "DATA_MANAGER";

        private Names() {
        }
    }
}
