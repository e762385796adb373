package dk.samspil.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded randomness. Every stream is derived from the scale's seed and stable keys (a purpose,
 * a municipality code, a case number, a month), never from iteration order or the clock: the
 * same seed and date give the same rows, and one municipality's data does not shift when
 * another's changes.
 */
final class Randoms {

    private Randoms() {
    }

    static SplittableRandom of(long seed, String purpose, long... keys) {
        long state = mix(seed ^ mix(purpose.hashCode()));
        for (long key : keys) {
            state = mix(state + 0x9E3779B97F4A7C15L * (key + 1));
        }
        return new SplittableRandom(state);
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    static int between(SplittableRandom random, int min, int max) {
        return random.nextInt(min, max + 1);
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /** Standard normal by Box–Muller, our own so the numbers do not depend on the JDK's algorithm. */
    static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * random.nextDouble());
    }

    /** Knuth's method: fine for the small means (below about 30) used here. */
    static int poisson(SplittableRandom random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    static int weightedIndex(SplittableRandom random, double... weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static int weightedIndex(SplittableRandom random, List<Double> weights) {
        return weightedIndex(random, weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
