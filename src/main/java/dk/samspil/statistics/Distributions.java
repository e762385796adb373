package dk.samspil.statistics;

import java.util.function.DoubleUnaryOperator;

/**
 * The few distribution functions the intervals need, computed here rather than pulled in from a
 * library: Student's t by its finite series for whole degrees of freedom, Poisson by its sum.
 */
final class Distributions {

    // A term this much smaller than the sum so far no longer changes a double.
    private static final double NEGLIGIBLE = 1e-17;

    private Distributions() {
    }

    /**
     * The t with P(|T| ≤ t) = {@code coverage} for T ~ t({@code degreesOfFreedom}): the quantile
     * at (1 + coverage)/2, e.g. 2.262 for 9 degrees of freedom at 95 %.
     */
    static double studentTQuantile(long degreesOfFreedom, double coverage) {
        if (degreesOfFreedom < 1 || !(coverage > 0 && coverage < 1)) {
            throw new IllegalArgumentException("need degrees of freedom ≥ 1 and a coverage in (0, 1)");
        }
        return solveIncreasing(t -> studentTCoverage(t, degreesOfFreedom), coverage);
    }

    /** P(|T| ≤ t) by Abramowitz &amp; Stegun 26.7.3 (odd ν) and 26.7.4 (even ν). */
    static double studentTCoverage(double t, long degreesOfFreedom) {
        double theta = Math.atan(t / Math.sqrt(degreesOfFreedom));
        double cos2 = Math.cos(theta) * Math.cos(theta);
        double term = 1;
        double sum = 1;
        if (degreesOfFreedom % 2 == 1) {
            for (long j = 3; j <= degreesOfFreedom - 2; j += 2) {
                term *= (j - 1.0) / j * cos2;
                sum += term;
            }
            double series = degreesOfFreedom == 1 ? 0 : Math.sin(theta) * Math.cos(theta) * sum;
            return 2 / Math.PI * (theta + series);
        }
        for (long j = 2; j <= degreesOfFreedom - 2; j += 2) {
            term *= (j - 1.0) / j * cos2;
            sum += term;
        }
        return Math.sin(theta) * sum;
    }

    /**
     * P(X ≤ k) for X ~ Poisson(λ): the terms summed relative to the largest one, walking away from
     * it until they no longer count, so large counts neither underflow nor take long.
     */
    static double poissonCdf(long k, double lambda) {
        if (k < 0) {
            return 0;
        }
        if (lambda == 0) {
            return 1;
        }
        long peak = Math.min(k, (long) Math.floor(lambda));
        double sum = 1;
        double term = 1;
        for (long i = peak; i > 0 && term >= NEGLIGIBLE * sum; i--) {
            term *= i / lambda;
            sum += term;
        }
        term = 1;
        for (long i = peak + 1; i <= k && term >= NEGLIGIBLE * sum; i++) {
            term *= lambda / i;
            sum += term;
        }
        double logPeak = -lambda + peak * Math.log(lambda) - logFactorial(peak);
        return Math.min(1, Math.exp(logPeak + Math.log(sum)));
    }

    /** ln(n!): summed for small n, Stirling's series beyond (error below 1e-15 from n = 50). */
    static double logFactorial(long n) {
        if (n < 50) {
            double sum = 0;
            for (long i = 2; i <= n; i++) {
                sum += Math.log(i);
            }
            return sum;
        }
        double x = n;
        return x * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI * x)
                + 1 / (12 * x) - 1 / (360 * x * x * x) + 1 / (1260 * x * x * x * x * x);
    }

    /** The mean λ with P(X ≤ k) = {@code cdf} for X ~ Poisson(λ); the cdf falls as λ grows. */
    static double poissonMeanWithCdf(long k, double cdf) {
        return solveIncreasing(lambda -> -poissonCdf(k, lambda), -cdf);
    }

    /** The x ≥ 0 with f(x) = target for an increasing f with f(0) ≤ target, by bisection. */
    private static double solveIncreasing(DoubleUnaryOperator f, double target) {
        double low = 0;
        double high = 1;
        while (f.applyAsDouble(high) < target) {
            low = high;
            high *= 2;
        }
        for (int i = 0; i < 200; i++) {
            double middle = (low + high) / 2;
            if (middle == low || middle == high) {
                break;
            }
            if (f.applyAsDouble(middle) < target) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }
}
