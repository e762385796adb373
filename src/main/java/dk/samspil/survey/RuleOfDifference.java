package dk.samspil.survey;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rule of difference between two versions of one closed wave's published results (before and
 * after an import into its month): a figure shown in both may change by nobody or by at least
 * {@link #MINIMUM_CHANGE} respondents (Ennova's rule), or the two versions subtracted from each
 * other would give away the one or two answer sets that came or went. Subtraction reaches further
 * than one figure: a shown cut minus its parts shown in both versions leaves the change of its other
 * parts, so that rest is held to the same rule (docs/decisions/0011).
 */
final class RuleOfDifference {

    /** Ennova's rule: two published figures may not differ by fewer than 3 respondents. */
    static final int MINIMUM_CHANGE = 3;

    /** The change that breaks the rule: where, and by how many respondents (net). */
    record SmallChange(Construct construct, Cut cut, int respondents) {
    }

    private RuleOfDifference() {
    }

    /** The first change by 1 or 2 respondents (or by none but different answers), if any. */
    static Optional<SmallChange> smallChange(PublishedCuts before, PublishedCuts after) {
        Set<Construct> constructs = new HashSet<>(before.constructs());
        constructs.addAll(after.constructs());
        for (Construct construct : constructs) {
            Optional<SmallChange> small = smallChange(construct, before, after);
            if (small.isPresent()) {
                return small;
            }
        }
        return Optional.empty();
    }

    private static Optional<SmallChange> smallChange(Construct construct, PublishedCuts before, PublishedCuts after) {
        Set<Cut> cuts = new HashSet<>(before.cuts(construct));
        cuts.addAll(after.cuts(construct));
        Set<Cut> parents = new HashSet<>();
        cuts.forEach(cut -> parents.add(cut.parent()));
        // each finest cut's change counts towards the nearest cut shown in both versions: what
        // subtracting that cut's shown parts from it leaves
        Map<Cut, Change> rests = new HashMap<>();
        for (Cut cut : cuts) {
            Change change = Change.of(before.sums(construct, cut), after.sums(construct, cut));
            if (shownInBoth(construct, cut, before, after) && change.small()) {
                return Optional.of(new SmallChange(construct, cut, Math.abs(change.n())));
            }
            if (!parents.contains(cut)) {
                Cut owner = cut;
                while (owner != null && !shownInBoth(construct, owner, before, after)) {
                    owner = owner.parent();
                }
                if (owner != null) {
                    rests.merge(owner, change, Change::plus);
                }
            }
        }
        return rests.entrySet().stream().filter(rest -> rest.getValue().small()).findFirst()
                .map(rest -> new SmallChange(construct, rest.getKey(), Math.abs(rest.getValue().n())));
    }

    private static boolean shownInBoth(Construct construct, Cut cut, PublishedCuts before, PublishedCuts after) {
        return before.shows(construct, cut) && after.shows(construct, cut);
    }

    /** After minus before. */
    private record Change(int n, double sum, double sumOfSquares) {

        static Change of(ScoreSums before, ScoreSums after) {
            return new Change(after.n() - before.n(), after.sum() - before.sum(), after.sumOfSquares() - before.sumOfSquares());
        }

        Change plus(Change other) {
            return new Change(n + other.n, sum + other.sum, sumOfSquares + other.sumOfSquares);
        }

        /** Something changed, but by fewer than {@link #MINIMUM_CHANGE} respondents. */
        boolean small() {
            boolean changed = n != 0 || Math.abs(sum) > 1e-6 || Math.abs(sumOfSquares) > 1e-6;
            return changed && Math.abs(n) < MINIMUM_CHANGE;
        }
    }
}
