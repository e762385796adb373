package dk.samspil.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The anonymity rule (docs/decisions/0004): a group of fewer than the threshold is not shown, and
 * neither is anything that would let a reader work it out by subtraction from a shown total
 * (complementary suppression: the next smallest group goes too, until the hidden groups together
 * are at least the threshold). The threshold is configurable but never below 3. A wave's cuts are
 * suppressed together, over their whole hierarchy, by {@link PublishedCuts}; {@link #apply} is the
 * same rule for one level of siblings.
 */
public final class AnonymityRule {

    public static final int LOWEST_ALLOWED_THRESHOLD = 3;

    private final int threshold;

    public AnonymityRule(int threshold) {
        if (threshold < LOWEST_ALLOWED_THRESHOLD) {
            throw new IllegalArgumentException("The anonymity threshold may not be below " + LOWEST_ALLOWED_THRESHOLD);
        }
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    /** Whether a group of this size may be shown on its own. */
    public boolean shows(int n) {
        return n >= threshold;
    }

    /**
     * Applies the rule to sibling groups shown together with their total (which is shown if it
     * reaches the threshold itself). Returns the groups in the same order, suppressed where needed.
     */
    public List<GroupScore> apply(List<GroupScore> siblings) {
        List<CutSuppression.Node<Integer>> nodes = new ArrayList<>();
        nodes.add(new CutSuppression.Node<>(-1, null, siblings.stream().mapToInt(GroupScore::n).sum(), true));
        for (int i = 0; i < siblings.size(); i++) {
            nodes.add(new CutSuppression.Node<>(i, -1, siblings.get(i).n(), true));
        }
        Set<Integer> hidden = CutSuppression.hidden(nodes, threshold, Set.of());
        List<GroupScore> result = new ArrayList<>();
        for (int i = 0; i < siblings.size(); i++) {
            result.add(hidden.contains(i) ? siblings.get(i).suppress() : siblings.get(i));
        }
        return result;
    }
}
