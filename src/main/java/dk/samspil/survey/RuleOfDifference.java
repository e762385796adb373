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

    /**
     * The same rule for a municipality's item bars, each item's distribution in the municipality
     * with its sectors' as parts: the net change in answers of an item shown in both versions, or of
     * the rest once its sectors shown in both are subtracted, if 1 or 2 (or none, with answers moved
     * along the scale).
     */
    static Optional<Integer> smallItemChange(Map<ItemCuts.Bar, ItemDistribution> before,
                                             Map<ItemCuts.Bar, ItemDistribution> after) {
        Set<ItemCuts.Bar> bars = new HashSet<>(before.keySet());
        bars.addAll(after.keySet());
        Map<ItemCuts.Bar, Bars> rests = new HashMap<>();
        for (ItemCuts.Bar bar : bars) {
            if (shown(before.get(bar)) && shown(after.get(bar))) {
                Bars change = Bars.of(before.get(bar)).minus(Bars.of(after.get(bar)));
                if (change.small()) {
                    return Optional.of(Math.abs(change.answers()));
                }
                ItemCuts.Bar whole = new ItemCuts.Bar(bar.construct(), bar.itemCode(), null);
                rests.merge(whole, bar.sector() == null ? change : change.minus(Bars.NONE), Bars::plus);
            }
        }
        return rests.entrySet().stream()
                .filter(rest -> shown(before.get(rest.getKey())) && shown(after.get(rest.getKey())))
                .map(Map.Entry::getValue).filter(Bars::small).findFirst().map(rest -> Math.abs(rest.answers()));
    }

    private static boolean shown(ItemDistribution distribution) {
        return distribution != null && !distribution.suppressed() && distribution.respondents() > 0;
    }

    /** An item's answers per scale value ("not relevant" as value -1), as a vector to subtract. */
    private record Bars(Map<Integer, Long> counts) {

        static final Bars NONE = new Bars(Map.of());

        static Bars of(ItemDistribution distribution) {
            Map<Integer, Long> counts = new HashMap<>(distribution.counts());
            counts.put(-1, distribution.notRelevant());
            return new Bars(counts);
        }

        /** {@code other} minus this. */
        Bars minus(Bars other) {
            Map<Integer, Long> change = new HashMap<>(other.counts);
            counts.forEach((value, n) -> change.merge(value, -n, Long::sum));
            return new Bars(change);
        }

        Bars plus(Bars other) {
            Map<Integer, Long> sum = new HashMap<>(counts);
            other.counts.forEach((value, n) -> sum.merge(value, n, Long::sum));
            return new Bars(sum);
        }

        int answers() {
            return (int) counts.values().stream().mapToLong(Long::longValue).sum();
        }

        boolean small() {
            return counts.values().stream().anyMatch(n -> n != 0) && Math.abs(answers()) < MINIMUM_CHANGE;
        }
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
