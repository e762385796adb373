package dk.samspil.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reader's algebra over one two-way table (docs/decisions/0028): the programme's sectors (or
 * one sector's ties) by municipality, whose row totals are the municipalities' own figures and
 * whose column totals are the programme's. Hiding cells and rows one at a time (the tree's rule) is
 * not enough there: a hidden cell on no cycle of hidden cells follows from the row and column
 * totals shown. Each figure is a set of cells; a hidden figure must not lie in the span of the
 * shown ones, nor may the sum of two disjoint hidden figures, or the difference of two nested
 * ones, that is smaller than the threshold. Small tables (municipalities × 7), so exact.
 */
final class TableCheck {

    private static final double EPSILON = 1e-9;

    /** A figure of the table: the cells it sums (indices), its respondents, and whether it is hidden. */
    record Figure<K>(K key, List<Integer> cells, int n, boolean hidden) {
    }

    private TableCheck() {
    }

    /** @return the hidden figures a reader can work out, or that combine with another into a small group */
    static <K> Set<K> givenAway(int cells, List<Figure<K>> figures, int threshold) {
        List<double[]> known = new ArrayList<>();
        figures.stream().filter(figure -> !figure.hidden()).forEach(figure -> known.add(vector(cells, figure)));
        List<double[]> basis = echelon(known);
        Set<K> givenAway = new java.util.LinkedHashSet<>();
        Map<Figure<K>, double[]> residuals = new LinkedHashMap<>();
        for (Figure<K> figure : figures) {
            if (figure.hidden() && figure.n() > 0) {
                double[] residual = reduce(vector(cells, figure), basis);
                if (pivot(residual) < 0) {
                    givenAway.add(figure.key());
                }
                residuals.put(figure, residual);
            }
        }
        Map<String, List<Figure<K>>> byResidual = new HashMap<>();
        residuals.forEach((figure, residual) -> byResidual.computeIfAbsent(key(residual, 1), k -> new ArrayList<>()).add(figure));
        residuals.forEach((figure, residual) -> {
            for (Figure<K> other : byResidual.getOrDefault(key(residual, -1), List.of())) {
                if (figure.n() + other.n() < threshold && java.util.Collections.disjoint(figure.cells(), other.cells())) {
                    givenAway.add(figure.key());
                }
            }
            for (Figure<K> other : byResidual.getOrDefault(key(residual, 1), List.of())) {
                int difference = figure.n() - other.n();
                if (difference > 0 && difference < threshold && figure.cells().containsAll(other.cells())) {
                    givenAway.add(figure.key());
                }
            }
        });
        return givenAway;
    }

    private static double[] vector(int cells, Figure<?> figure) {
        double[] vector = new double[cells];
        figure.cells().forEach(cell -> vector[cell] = 1);
        return vector;
    }

    static List<double[]> echelon(List<double[]> rows) {
        List<double[]> basis = new ArrayList<>();
        for (double[] row : rows) {
            double[] reduced = reduce(row, basis);
            int pivot = pivot(reduced);
            if (pivot < 0) {
                continue;
            }
            double scale = reduced[pivot];
            for (int i = 0; i < reduced.length; i++) {
                reduced[i] /= scale;
            }
            for (double[] other : basis) {
                double factor = other[pivot];
                if (Math.abs(factor) > EPSILON) {
                    for (int i = 0; i < other.length; i++) {
                        other[i] -= factor * reduced[i];
                    }
                }
            }
            basis.add(reduced);
        }
        return basis;
    }

    static double[] reduce(double[] vector, List<double[]> basis) {
        double[] result = vector.clone();
        for (double[] row : basis) {
            int pivot = pivot(row);
            double factor = result[pivot];
            if (Math.abs(factor) > EPSILON) {
                for (int i = 0; i < result.length; i++) {
                    result[i] -= factor * row[i];
                }
            }
        }
        return result;
    }

    static int pivot(double[] row) {
        for (int i = 0; i < row.length; i++) {
            if (Math.abs(row[i]) > EPSILON) {
                return i;
            }
        }
        return -1;
    }

    static String key(double[] residual, int sign) {
        StringBuilder key = new StringBuilder();
        for (double value : residual) {
            key.append(Math.round(sign * value * 1e6)).append(',');
        }
        return key.toString();
    }
}
