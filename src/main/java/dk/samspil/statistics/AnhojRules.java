package dk.samspil.statistics;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The critical values of the two Anhøj rules for run charts, as functions of the number of useful
 * observations (points not on the centre line). A run longer than {@link #longestRunLimit} or fewer
 * crossings than {@link #crossingsLimit} signals non-random variation (Anhøj &amp; Olesen 2014;
 * Anhøj 2015; qicharts2's {@code runs.analysis} is the reference implementation).
 */
public final class AnhojRules {

    /** With monthly data the rules need at least this many useful points. */
    public static final int MINIMUM_USEFUL_OBSERVATIONS = 10;

    // The lower 5 % prediction limit for crossings (Anhøj & Olesen 2014; Chen 2010).
    private static final BigDecimal CROSSINGS_QUANTILE = new BigDecimal("0.05");

    private AnhojRules() {
    }

    /**
     * The upper 95 % prediction limit for the longest run, {@code round(log2(n) + 3)}: a run of more
     * useful points than this on one side of the centre line signals a shift.
     */
    public static int longestRunLimit(int usefulObservations) {
        requirePositive(usefulObservations);
        // Schilling 2012, as adopted by Anhøj & Olesen 2014.
        return (int) Math.round(Math.log(usefulObservations) / Math.log(2) + 3);
    }

    /**
     * The lower 5 % prediction limit for the number of crossings: fewer crossings than this signal
     * a shift. In a random process the crossings follow Binomial(n − 1, 0.5) (Chen 2010), and the
     * limit is that distribution's 5 % quantile, R's {@code qbinom(0.05, n - 1, 0.5)}.
     */
    public static int crossingsLimit(int usefulObservations) {
        requirePositive(usefulObservations);
        return fairCoinQuantile(usefulObservations - 1, CROSSINGS_QUANTILE);
    }

    /**
     * The smallest k with P(X ≤ k) ≥ p for X ~ Binomial(trials, 0.5), R's definition of
     * {@code qbinom}. Counted exactly (cumulative coefficients against p · 2^trials) so no
     * rounding can move a limit across the boundary.
     */
    static int fairCoinQuantile(int trials, BigDecimal probability) {
        if (trials < 0) {
            throw new IllegalArgumentException("trials must not be negative: " + trials);
        }
        BigDecimal threshold = probability.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(trials)));
        BigInteger coefficient = BigInteger.ONE;
        BigInteger cumulative = BigInteger.ZERO;
        for (int k = 0; k < trials; k++) {
            cumulative = cumulative.add(coefficient);
            if (new BigDecimal(cumulative).compareTo(threshold) >= 0) {
                return k;
            }
            coefficient = coefficient.multiply(BigInteger.valueOf(trials - k)).divide(BigInteger.valueOf(k + 1));
        }
        return trials;
    }

    private static void requirePositive(int usefulObservations) {
        if (usefulObservations < 1) {
            throw new IllegalArgumentException("the Anhøj limits need at least one useful observation, got "
                    + usefulObservations);
        }
    }
}
