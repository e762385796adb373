package dk.samspil.statistics;

import java.util.function.DoubleUnaryOperator;

/**
 * Funnel-plot limits around a programme target that narrow as the denominator grows
 * (Spiegelhalter 2005): target ± z · standard error at the denominator, by the normal
 * approximation, with z = 1.96 for 95 % and z = 3.09 for 99.8 % (two-sided). Limits are clipped
 * to the values the measure can take. Create one per indicator, then ask for the limits at each
 * municipality's denominator or at the points of the funnel's curves.
 */
public final class FunnelPlot {

    /** Spiegelhalter 2005: the 95 % funnel, two-sided (Φ⁻¹(0.975)). */
    public static final double Z_95 = 1.96;
    /** Spiegelhalter 2005: the 99.8 % funnel, two-sided (Φ⁻¹(0.999)). */
    public static final double Z_99_8 = 3.09;

    private final double target;
    private final DoubleUnaryOperator standardError;
    private final double floor;
    private final double ceiling;

    private FunnelPlot(double target, DoubleUnaryOperator standardError, double floor, double ceiling) {
        if (!(target >= floor && target <= ceiling)) {
            throw new IllegalArgumentException("target " + target + " outside [" + floor + ", " + ceiling + "]");
        }
        this.target = target;
        this.standardError = standardError;
        this.floor = floor;
        this.ceiling = ceiling;
    }

    /**
     * For proportions (share of cases with a current plan): standard error √(p₀(1 − p₀)/n), limits
     * in [0, 1]. The target is the pooled programme proportion, {@link Subgroup#pooledValue}.
     */
    public static FunnelPlot forProportions(double target) {
        return new FunnelPlot(target, n -> Math.sqrt(target * (1 - target) / n), 0, 1);
    }

    /**
     * For rates (admissions per case-month): standard error √(θ₀/n) with n the exposure, lower limit
     * at least 0. The target is the pooled programme rate, {@link Subgroup#pooledValue}.
     */
    public static FunnelPlot forRates(double target) {
        return new FunnelPlot(target, n -> Math.sqrt(target / n), 0, Double.POSITIVE_INFINITY);
    }

    /**
     * For means (survey indices): standard error σ/√n with σ the programme-wide standard deviation
     * of individual scores and n the respondents.
     */
    public static FunnelPlot forMeans(double target, double standardDeviation) {
        if (!(standardDeviation >= 0) || Double.isInfinite(standardDeviation)) {
            throw new IllegalArgumentException("a standard deviation must be finite and not negative, got "
                    + standardDeviation);
        }
        return new FunnelPlot(target, n -> standardDeviation / Math.sqrt(n),
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * The same funnel widened for over-dispersion (Spiegelhalter 2005, multiplicative approach): the
     * standard error at every denominator times √φ, or unchanged when φ ≤ 1.
     */
    public FunnelPlot inflatedBy(Overdispersion overdispersion) {
        double factor = overdispersion.inflation();
        DoubleUnaryOperator plain = standardError;
        return new FunnelPlot(target, n -> factor * plain.applyAsDouble(n), floor, ceiling);
    }

    /**
     * How many standard errors a value lies from the target at its denominator: the z-score from
     * which over-dispersion is estimated. Zero when the value is the target, infinite when the
     * standard error is zero (a target of 0 or 1, a standard deviation of 0) and the value is not.
     */
    public double zScore(double value, double denominator) {
        if (!(denominator > 0) || Double.isInfinite(denominator)) {
            throw new IllegalArgumentException("a denominator must be positive, got " + denominator);
        }
        double difference = value - target;
        return difference == 0 ? 0 : difference / standardError.applyAsDouble(denominator);
    }

    /** The programme value the funnel is centred on. */
    public double target() {
        return target;
    }

    /** Both funnels at a denominator (cases, respondents or exposure), which must be positive. */
    public FunnelLimits limitsAt(double denominator) {
        if (!(denominator > 0) || Double.isInfinite(denominator)) {
            throw new IllegalArgumentException("a denominator must be positive, got " + denominator);
        }
        double error = standardError.applyAsDouble(denominator);
        return new FunnelLimits(denominator,
                Limits.around(target, Z_95 * error, floor, ceiling),
                Limits.around(target, Z_99_8 * error, floor, ceiling));
    }
}
