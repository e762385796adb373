package dk.samspil.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The anonymity rule (docs/decisions/0004): a group of fewer than the threshold is not shown, and
 * neither is anything that would let a reader work it out by subtraction from a shown total
 * (complementary suppression: the next smallest group goes too, until the hidden groups together
 * are at least the threshold). The threshold is configurable but never below 3.
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
        List<GroupScore> result = new ArrayList<>(siblings.stream()
                .map(group -> group.n() == 0 || shows(group.n()) ? group : group.suppress())
                .toList());
        int hiddenCount = (int) result.stream().filter(GroupScore::suppressed).count();
        int hiddenRespondents = result.stream().filter(GroupScore::suppressed).mapToInt(GroupScore::n).sum();
        // one hidden group is the total minus the others; several hidden groups of fewer than the
        // threshold together are still a small group, derivable as a sum
        while (hiddenCount > 0 && (hiddenCount == 1 || hiddenRespondents < threshold)) {
            int next = smallestShown(result);
            if (next < 0) {
                break;
            }
            hiddenRespondents += result.get(next).n();
            hiddenCount++;
            result.set(next, result.get(next).suppress());
        }
        return result;
    }

    private static int smallestShown(List<GroupScore> groups) {
        int index = -1;
        for (int i = 0; i < groups.size(); i++) {
            GroupScore group = groups.get(i);
            if (!group.suppressed() && group.n() > 0
                    && (index < 0 || Comparator.<GroupScore>comparingInt(GroupScore::n).compare(group, groups.get(index)) < 0)) {
                index = i;
            }
        }
        return index;
    }
}
