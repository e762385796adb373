package dk.samspil.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two ways an attacker would look for a stored value that betrays an order or an id: a rank
 * correlation (a column that grows or shrinks with it) and a chi-square test against the key
 * modulo small numbers (a column derived from {@code id mod k}, which no rank correlation sees).
 */
final class Independence {

    private Independence() {
    }

    /**
     * Spearman's rank correlation with tied values given their average rank; NaN when either side is
     * constant (a constant says nothing about anything).
     */
    static double spearman(List<? extends Comparable<?>> values, List<Long> keys) {
        double[] x = ranks(values);
        double[] y = ranks(keys);
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /**
     * How far (in standard normal units, Wilson–Hilferty) the chi-square statistic of the table
     * value × (key mod {@code modulus}) lies above what independence gives; NaN when the table has a
     * single row or column. Above 5 is not chance (p below 3 in 10 million).
     */
    static double chiSquareZ(List<?> values, List<Long> keys, int modulus) {
        Map<Object, Integer> rows = new HashMap<>();
        Map<Long, Integer> columns = new HashMap<>();
        Map<List<Object>, Integer> cells = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            Object row = Objects.requireNonNullElse(values.get(i), "NULL");
            long column = Math.floorMod(keys.get(i), modulus);
            rows.merge(row, 1, Integer::sum);
            columns.merge(column, 1, Integer::sum);
            cells.merge(List.of(row, column), 1, Integer::sum);
        }
        if (rows.size() < 2 || columns.size() < 2) {
            return Double.NaN;
        }
        double n = values.size();
        double chi = 0;
        for (var row : rows.entrySet()) {
            for (var column : columns.entrySet()) {
                double expected = row.getValue() * (double) column.getValue() / n;
                double seen = cells.getOrDefault(List.of(row.getKey(), column.getKey()), 0);
                chi += (seen - expected) * (seen - expected) / expected;
            }
        }
        int df = (rows.size() - 1) * (columns.size() - 1);
        double v = 2.0 / (9 * df);
        return (Math.cbrt(chi / df) - (1 - v)) / Math.sqrt(v);
    }

    /** Rank correlation this large is not chance at n values (4.5 standard errors: p below 1 in 100,000). */
    static double chanceLimit(int n) {
        return 4.5 / Math.sqrt(n - 1);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static double[] ranks(List<? extends Comparable<?>> values) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            order.add(i);
        }
        Comparator<Comparable> natural = Comparator.nullsFirst(Comparator.naturalOrder());
        order.sort((a, b) -> natural.compare(values.get(a), values.get(b)));
        double[] ranks = new double[values.size()];
        int i = 0;
        while (i < order.size()) {
            int j = i;
            while (j + 1 < order.size() && natural.compare(values.get(order.get(j + 1)), values.get(order.get(i))) == 0) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order.get(k)] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}
