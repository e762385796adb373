package dk.samspil.survey;

import java.time.YearMonth;

/**
 * A calendar period of closed waves pooled into one set of figures: the quarter, half-year or year
 * that begins with {@code first} (docs/decisions/0028).
 */
public record Pool(Pooling pooling, YearMonth first) {

    public Pool {
        if (pooling == Pooling.WAVE || (first.getMonthValue() - 1) % pooling.months() != 0) {
            throw new IllegalArgumentException(pooling + " does not begin in " + first);
        }
    }

    /** The pool of this length that holds {@code month}. */
    public static Pool holding(Pooling pooling, YearMonth month) {
        int index = (month.getMonthValue() - 1) / pooling.months() * pooling.months();
        return new Pool(pooling, YearMonth.of(month.getYear(), index + 1));
    }

    public YearMonth last() {
        return first.plusMonths(pooling.months() - 1L);
    }

    /** The two shorter pools this one is made of, for a half-year or year. */
    java.util.List<Pool> halves() {
        Pooling shorter = pooling.half();
        return java.util.List.of(new Pool(shorter, first), new Pool(shorter, first.plusMonths(shorter.months())));
    }
}
