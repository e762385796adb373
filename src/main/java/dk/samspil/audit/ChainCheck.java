package dk.samspil.audit;

/**
 * What checking the audit chain found: intact, or the first entry that does not follow from the one
 * before it. {@code headHash} is the newest entry's hash, to be written down outside Samspil: only
 * against such a recorded hash is a chain that someone rewrote from start to end found out.
 *
 * @param firstBroken the id of the first entry that was changed or follows a missing one; null when intact
 * @param problem     why it is broken: {@code changed}, {@code missing-before}, {@code missing-at-end}
 */
public record ChainCheck(boolean intact, long entries, Long firstBroken, String problem, long headId,
                         String headHash) {

    static ChainCheck intact(long entries, long headId, String headHash) {
        return new ChainCheck(true, entries, null, null, headId, headHash);
    }

    static ChainCheck broken(long entries, long firstBroken, String problem, long headId, String headHash) {
        return new ChainCheck(false, entries, firstBroken, problem, headId, headHash);
    }
}
