package dk.samspil.statistics;

import java.util.List;

/**
 * How much more the units of a funnel plot vary than the plain binomial, Poisson or normal
 * limits allow (Spiegelhalter 2005, "Handling over-dispersion of performance indicators"). Case-months
 * are not independent — the same citizen is counted month after month — so a municipality's
 * figure varies more than its number of case-months suggests, and plain limits call half the
 * municipalities "different".
 * <p>
 * The estimate: each unit's z-score against the unadjusted funnel, the 10 % most extreme at each
 * end winsorised to the 10th and 90th percentiles (type 7, as R's {@code quantile}) so that true
 * outliers do not inflate it, and φ = mean(z²). We use Spiegelhalter's multiplicative approach:
 * the standard error is multiplied by √φ, because clustering of repeated months inflates the
 * variance by a design effect, a factor, rather than adding a fixed between-unit variance. Limits
 * are never narrowed: with φ ≤ 1 there is no over-dispersion and the plain limits stand.
 *
 * @param phi   the winsorised over-dispersion factor φ
 * @param units how many units (municipalities) it was estimated from
 */
public record Overdispersion(double phi, int units) {

    /** Spiegelhalter 2005: winsorise the lowest and highest 10 % of the z-scores. */
    public static final double WINSORISED_TAIL = 0.10;

    /** No over-dispersion estimated: plain limits. */
    public static final Overdispersion NONE = new Overdispersion(1, 0);

    public Overdispersion {
        if (!(phi >= 0) || Double.isInfinite(phi) || units < 0) {
            throw new IllegalArgumentException("need a finite φ ≥ 0 and units ≥ 0, got " + phi + ", " + units);
        }
    }

    /** φ from the units' z-scores (finite), winsorised at the 10th and 90th percentiles. */
    public static Overdispersion estimate(List<Double> zScores) {
        if (zScores.isEmpty()) {
            return NONE;
        }
        if (zScores.stream().anyMatch(z -> z == null || !Double.isFinite(z))) {
            throw new IllegalArgumentException("z-scores must be finite: " + zScores);
        }
        double low = Quantiles.quantile(zScores, WINSORISED_TAIL);
        double high = Quantiles.quantile(zScores, 1 - WINSORISED_TAIL);
        double squares = zScores.stream().mapToDouble(z -> Math.min(Math.max(z, low), high))
                .map(z -> z * z).sum();
        return new Overdispersion(squares / zScores.size(), zScores.size());
    }

    /** The units vary more than chance alone would have them: φ above 1. */
    public boolean present() {
        return phi > 1;
    }

    /** √φ when over-dispersed, else 1: the factor the funnel's standard errors are multiplied by. */
    public double inflation() {
        return Math.sqrt(Math.max(1, phi));
    }
}
