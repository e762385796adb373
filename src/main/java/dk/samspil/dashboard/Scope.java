package dk.samspil.dashboard;

import java.util.Optional;

/**
 * What a dashboard shows: the whole programme, or one municipality. The one representation of "the
 * whole programme" in the dashboards, in the URL (no {@code municipality}), on the pages and in the
 * services alike.
 *
 * @param municipalityCode the municipality, or empty for the programme
 */
public record Scope(Optional<Integer> municipalityCode) {

    private static final Scope PROGRAMME = new Scope(Optional.empty());

    public Scope {
        municipalityCode.ifPresent(code -> {
            if (code <= 0) {
                throw new IllegalArgumentException("a municipality code is positive: " + code);
            }
        });
    }

    public static Scope programme() {
        return PROGRAMME;
    }

    public static Scope municipality(int code) {
        return new Scope(Optional.of(code));
    }

    public boolean isProgramme() {
        return municipalityCode.isEmpty();
    }

    public boolean is(int code) {
        return municipalityCode.filter(own -> own == code).isPresent();
    }

    /** For the queries' {@code (:municipality IS NULL OR municipality_code = :municipality)}. */
    Integer sqlParameter() {
        return municipalityCode.orElse(null);
    }
}
