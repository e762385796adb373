package dk.samspil.survey;

/**
 * A published cut of a wave: the programme, a municipality, a municipality's sector, or (for
 * relational coordination) a sector's rating of another sector, a tie. Each cut lies inside its
 * {@link #parent()}, so a wave's cuts form one hierarchy over which suppression is computed.
 *
 * @param municipality the municipality code; null for the programme
 * @param sector       the respondents' sector; null above the sector level
 * @param target       the rated sector of a tie, {@code ""} for answers that rated none; null above the tie level
 */
record Cut(Integer municipality, String sector, String target) {

    static final Cut PROGRAMME = new Cut(null, null, null);

    static Cut of(int municipality) {
        return new Cut(municipality, null, null);
    }

    static Cut of(int municipality, String sector) {
        return new Cut(municipality, sector, null);
    }

    static Cut tie(int municipality, String sector, String target) {
        return new Cut(municipality, sector, target);
    }

    /** The cut this one lies inside; null for the programme. */
    Cut parent() {
        if (target != null) {
            return new Cut(municipality, sector, null);
        }
        if (sector != null) {
            return new Cut(municipality, null, null);
        }
        return municipality == null ? null : PROGRAMME;
    }

    /** Whether any output shows the cut: a tie with no rated sector (imported answers) or a sector rating itself is never shown. */
    boolean published() {
        return target == null || !target.isEmpty() && !target.equals(sector);
    }
}
