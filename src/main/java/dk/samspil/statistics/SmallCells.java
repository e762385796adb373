package dk.samspil.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

/**
 * The small-cell rule for case counts a reader may not see one by one (STATISTICS.md): a count of
 * 1–4 is not shown as a number but as "&lt; 5", so a handful of citizens cannot be recognised. Zero
 * and counts from 5 are shown as they are. Where the parts of a whole are shown beside its total
 * (fell / unchanged / rose of the cases, one municipality among all of them), one hidden part
 * would follow from the total by subtraction, so the next smallest part is hidden with it — the
 * complementary suppression of statistical offices. The wording is the page's, from the bundles.
 */
public final class SmallCells {

    /** Counts below this, except zero, are suppressed. */
    public static final int THRESHOLD = 5;

    private SmallCells() {
    }

    /** The count is between 1 and 4 and must be shown as "&lt; 5". */
    public static boolean suppressed(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
        return count > 0 && count < THRESHOLD;
    }

    /** The count to show, or empty where the page shows "&lt; 5" instead. */
    public static OptionalLong shownCount(long count) {
        return suppressed(count) ? OptionalLong.empty() : OptionalLong.of(count);
    }

    /**
     * The parts of a whole whose total may be known: each part as {@link #shownCount}, and when
     * exactly one part is hidden, also the smallest other part (a non-zero one where there is one:
     * hiding a zero beside a single hidden part would still give the part away).
     */
    public static List<OptionalLong> shownParts(List<Long> parts) {
        List<OptionalLong> shown = new ArrayList<>(parts.stream().map(SmallCells::shownCount).toList());
        if (shown.stream().filter(OptionalLong::isEmpty).count() != 1) {
            return List.copyOf(shown);
        }
        int complement = -1;
        for (int i = 0; i < parts.size(); i++) {
            if (shown.get(i).isPresent() && (complement < 0 || before(parts.get(i), parts.get(complement)))) {
                complement = i;
            }
        }
        if (complement >= 0) {
            shown.set(complement, OptionalLong.empty());
        }
        return List.copyOf(shown);
    }

    /**
     * Parts of a whole that a bar chart draws together so that every case is in some bar (issue 12,
     * defect 2): hiding a part and its complement drops their cases from the chart, so instead a part
     * of 1–4 is merged with the smallest other non-zero part, again until no group holds 1–4. Every
     * group is then 0 or at least 5, and only the groups' sums are known. A whole of 1–4 stays one
     * group of 1–4: the caller shows no distribution for it.
     *
     * @return the groups, each with the indices of its parts in order; together they hold every part once
     */
    public static List<Group> mergedParts(List<Long> parts) {
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            groups.add(new Group(List.of(i), parts.get(i)));
        }
        while (groups.size() > 1) {
            Group small = groups.stream().filter(group -> suppressed(group.count())).findFirst().orElse(null);
            if (small == null) {
                break;
            }
            Group partner = null;
            for (Group other : groups) {
                if (other != small && (partner == null || before(other.count(), partner.count()))) {
                    partner = other;
                }
            }
            groups.remove(small);
            groups.remove(partner);
            List<Integer> members = new ArrayList<>(small.members());
            members.addAll(partner.members());
            members.sort(null);
            groups.add(new Group(List.copyOf(members), small.count() + partner.count()));
        }
        groups.sort(Comparator.comparing(group -> group.members().getFirst()));
        return List.copyOf(groups);
    }

    /** Some parts of a whole drawn together, and how many they hold between them. */
    public record Group(List<Integer> members, long count) {

        public Group {
            members = List.copyOf(members);
        }
    }

    /** Smaller first, but any positive count before a zero. */
    private static boolean before(long candidate, long current) {
        if ((candidate == 0) != (current == 0)) {
            return current == 0;
        }
        return candidate < current;
    }
}
