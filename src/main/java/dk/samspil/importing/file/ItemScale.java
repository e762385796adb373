package dk.samspil.importing.file;

/** The scale of a survey item's instrument, e.g. 1..7; a score outside it is invalid. */
public record ItemScale(int min, int max) {

    public boolean contains(int score) {
        return score >= min && score <= max;
    }
}
