package dk.samspil.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The curious insider's algebra over one measure of one wave: the finest cells ("leaves") with
 * their true respondents, and every figure the outputs show or hide. A figure is the sum of the
 * leaves inside its cut, so what the outputs show spans a space of leaf combinations a reader can
 * compute; a hidden figure is given away when its combination lies in that space. The same
 * combination gives away the score sum and the n, so one check covers both. Leaves with no
 * respondents count as known (the reader may know nobody is there), which only makes the check
 * stricter.
 */
final class DisclosureCheck {


    /** One figure as one output showed it. */
    record Figure(String output, Cut cut, boolean hidden) {
    }

    private final int threshold;
    private final List<Cut> leaves;
    private final Map<Cut, Integer> leafN;

    /** @param leafN every leaf of the measure with its true respondents */
    DisclosureCheck(int threshold, Map<Cut, Integer> leafN) {
        this.threshold = threshold;
        this.leaves = new ArrayList<>(leafN.keySet());
        this.leafN = leafN;
    }

    /** Every problem found; empty when nothing hidden can be worked out. */
    List<String> problems(List<Figure> figures) {
        List<String> problems = new ArrayList<>();
        Map<Cut, Boolean> hidden = new LinkedHashMap<>();
        for (Figure figure : figures) {
            Boolean before = hidden.putIfAbsent(figure.cut(), figure.hidden());
            if (before != null && before != figure.hidden()) {
                problems.add(figure.cut() + " is hidden in one output and shown in another (" + figure.output() + ")");
            }
        }
        List<double[]> known = new ArrayList<>();
        hidden.forEach((cut, isHidden) -> {
            if (!isHidden) {
                known.add(vector(cut));
            }
        });
        leaves.stream().filter(leaf -> leafN.get(leaf) == 0).forEach(leaf -> known.add(vector(leaf)));
        List<double[]> basis = echelon(known);
        Map<Cut, double[]> residuals = new LinkedHashMap<>();
        hidden.forEach((cut, isHidden) -> {
            if (isHidden && n(cut) > 0) {
                double[] residual = reduce(vector(cut), basis);
                residuals.put(cut, residual);
                if (isZero(residual)) {
                    problems.add(cut + " (n " + n(cut) + ") is hidden but follows from what is shown");
                }
            }
        });
        pairs(residuals, problems);
        shownNested(hidden, problems);
        parts(hidden, problems);
        return problems;
    }

    /** Two hidden cuts whose sum (or, one inside the other, difference) follows from what is shown must not be a small group. */
    private void pairs(Map<Cut, double[]> residuals, List<String> problems) {
        Map<String, List<Cut>> byResidual = new HashMap<>();
        residuals.forEach((cut, residual) -> byResidual.computeIfAbsent(key(residual, 1), k -> new ArrayList<>()).add(cut));
        residuals.forEach((cut, residual) -> {
            for (Cut other : byResidual.getOrDefault(key(residual, -1), List.of())) {
                int n = n(cut) + n(other);
                if (disjoint(cut, other) && n < threshold && cut.hashCode() <= other.hashCode()) {
                    problems.add(cut + " + " + other + " (n " + n + ") follows from what is shown");
                }
            }
            for (Cut other : byResidual.getOrDefault(key(residual, 1), List.of())) {
                int difference = n(cut) - n(other);
                if (inside(other, cut) && !other.equals(cut) && difference > 0 && difference < threshold) {
                    problems.add(cut + " − " + other + " (n " + difference + ") follows from what is shown");
                }
            }
        });
    }

    /** The rule of difference: a shown cut and a shown cut inside it differ by nobody or by at least the threshold. */
    private void shownNested(Map<Cut, Boolean> hidden, List<String> problems) {
        List<Cut> shown = hidden.entrySet().stream().filter(e -> !e.getValue() && n(e.getKey()) > 0)
                .map(Map.Entry::getKey).toList();
        for (Cut outer : shown) {
            for (Cut inner : shown) {
                int difference = n(outer) - n(inner);
                if (!outer.equals(inner) && inside(inner, outer) && difference > 0 && difference < threshold) {
                    problems.add(outer + " and " + inner + " are both shown but differ by " + difference);
                }
            }
        }
    }

    /**
     * Per parent: shown parts' n plus hidden parts' n is the parent's n; below a shown parent the
     * hidden parts are none, or at least two (or a single part no output shows) reaching the threshold.
     */
    private void parts(Map<Cut, Boolean> hidden, List<String> problems) {
        hidden.forEach((parent, isHidden) -> {
            if (isHidden || n(parent) == 0) {
                return;
            }
            List<Cut> parts = partsOf(parent);
            if (parts.isEmpty()) {
                return;
            }
            List<Cut> hiddenParts = parts.stream().filter(part -> n(part) > 0 && hidden.getOrDefault(part, !part.published()))
                    .toList();
            int shownN = parts.stream().filter(part -> !hiddenParts.contains(part)).mapToInt(this::n).sum();
            int hiddenN = hiddenParts.stream().mapToInt(this::n).sum();
            if (shownN + hiddenN != n(parent)) {
                problems.add(parent + ": parts " + shownN + " + " + hiddenN + " ≠ " + n(parent));
            }
            boolean single = hiddenParts.size() == 1 && hiddenParts.getFirst().published();
            if (!hiddenParts.isEmpty() && (single || hiddenN < threshold)) {
                problems.add(parent + " is shown with hidden parts " + hiddenParts + " of " + hiddenN);
            }
        });
    }

    /** The cuts one level inside a cut, as far as the leaves reach. */
    private List<Cut> partsOf(Cut parent) {
        return leaves.stream().map(leaf -> {
            for (Cut cut = leaf; cut != null; cut = cut.parent()) {
                if (parent.equals(cut.parent())) {
                    return cut;
                }
            }
            return null;
        }).filter(cut -> cut != null).distinct().toList();
    }

    int n(Cut cut) {
        return leaves.stream().filter(leaf -> inside(leaf, cut)).mapToInt(leafN::get).sum();
    }

    private double[] vector(Cut cut) {
        double[] vector = new double[leaves.size()];
        for (int i = 0; i < leaves.size(); i++) {
            vector[i] = inside(leaves.get(i), cut) ? 1 : 0;
        }
        return vector;
    }

    private static boolean inside(Cut inner, Cut outer) {
        for (Cut cut = inner; cut != null; cut = cut.parent()) {
            if (cut.equals(outer)) {
                return true;
            }
        }
        return false;
    }

    private boolean disjoint(Cut a, Cut b) {
        return !inside(a, b) && !inside(b, a);
    }

    /** Reduced row echelon form (the production check's, {@link TableCheck}): each row's pivot is zero in every other row. */
    static List<double[]> echelon(List<double[]> rows) {
        return TableCheck.echelon(rows);
    }

    /** What is left of a vector once the basis is taken out. */
    static double[] reduce(double[] vector, List<double[]> basis) {
        return TableCheck.reduce(vector, basis);
    }

    static boolean isZero(double[] vector) {
        return TableCheck.pivot(vector) < 0;
    }

    static String key(double[] residual, int sign) {
        return TableCheck.key(residual, sign);
    }
}
