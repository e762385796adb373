package dk.samspil.municipality;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The six sectors around the citizen. The constants mirror the {@code sector} reference table,
 * which the monthly files' codes are checked against; display names are in the resource bundles
 * under {@code sector.<CODE>}.
 */
public enum Sector {
    PSYCHIATRY("PSY", "psykiatri"),
    SOCIAL_SERVICES("SOC", "socialomraadet"),
    SUBSTANCE_TREATMENT("SUB", "misbrugsbehandling"),
    JOB_CENTRE("JOB", "jobcenter"),
    GENERAL_PRACTICE("GP", "almen_praksis"),
    NGO("NGO", "frivillig");

    private final String shortCode;
    private final String danishCode;

    Sector(String shortCode, String danishCode) {
        this.shortCode = shortCode;
        this.danishCode = danishCode;
    }

    /** Reads any of a sector's spellings in the data contract: PSYCHIATRY, PSY or psykiatri. */
    public static Optional<Sector> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        return Arrays.stream(values())
                .filter(sector -> sector.name().equalsIgnoreCase(value) || sector.shortCode.equalsIgnoreCase(value)
                        || sector.danishCode.equals(value.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    public String translationKey() {
        return "sector." + name();
    }
}
