package dk.samspil.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Pools of waves and the programme's network against a reader who subtracts (docs/decisions/0028):
 * random years of one to two closed waves a quarter, each of a few municipalities whose sectors
 * rate each other in groups of mostly 0–6 respondents. Every figure any output shows — each wave's
 * own cuts and its programme network, each quarter's, half-year's and the year's pooled cuts and
 * programme network — is a sum of the finest cells (wave × municipality × sector × rated sector);
 * no hidden figure, no sum of two hidden ones (nested or disjoint) and no difference of nested hidden ones below the
 * threshold may follow from what is shown, and no two shown figures one inside the other may differ
 * by fewer than the threshold: not a pool minus its waves, a half-year minus its quarter, nor the
 * programme's tie minus the municipalities' ties shown.
 */
class PooledCutsTest {

    private static final int SCENARIOS = 60;
    /** How many combinations of three or four disjoint small hidden figures were checked. */
    private static final java.util.concurrent.atomic.AtomicLong COMBINATIONS = new java.util.concurrent.atomic.AtomicLong();
    private static final List<String> SECTORS = List.of("PSYCHIATRY", "SOCIAL_SERVICES", "JOB_CENTRE");
    private static final Construct RC = Construct.RELATIONAL_COORDINATION;

    /** A finest cell: wave (0-based), municipality, sector, rated sector. */
    private record Leaf(int wave, int municipality, String sector, String target) {
    }

    /** A figure some output shows or hides, as the leaves it sums. */
    private record Figure(String name, java.util.BitSet leaves, boolean hidden) {
    }

    @Test
    void no_hidden_group_follows_from_the_waves_the_pools_and_the_programme_network_together() {
        Random random = new Random(20261204L);
        int hiddenSeen = 0;
        int shownPooledSeen = 0;
        List<String> allProblems = new ArrayList<>();
        for (int scenario = 0; scenario < SCENARIOS; scenario++) {
            int threshold = random.nextInt(4) == 0 ? 3 : 5;
            AnonymityRule rule = new AnonymityRule(threshold);
            int municipalities = 2 + random.nextInt(2);
            List<Leaf> leaves = new ArrayList<>();
            List<Integer> leafN = new ArrayList<>();
            List<List<Integer>> quarterWaves = new ArrayList<>();
            List<PooledCuts> waves = new ArrayList<>();
            for (int quarter = 0; quarter < 4; quarter++) {
                List<Integer> inQuarter = new ArrayList<>();
                for (int w = 1 + random.nextInt(2); w > 0; w--) {
                    int wave = waves.size();
                    inQuarter.add(wave);
                    List<ScoreCell> cells = new ArrayList<>();
                    for (int m = 0; m < municipalities; m++) {
                        for (String sector : SECTORS) {
                            for (String target : targets(sector)) {
                                int n = random.nextInt(3) == 0 ? 0 : small(random);
                                leaves.add(new Leaf(wave, 100 + m, sector, target));
                                leafN.add(n);
                                if (n > 0) {
                                    cells.add(new ScoreCell(100 + m, sector, target, RC, new ScoreSums(n, 3.0 * n, 9.0 * n)));
                                }
                            }
                        }
                    }
                    waves.add(PooledCuts.ofWave(PublishedCuts.of(cells, rule)));
                }
                quarterWaves.add(inQuarter);
            }
            List<PooledCuts> quarters = quarterWaves.stream()
                    .map(ids -> PooledCuts.pool(ids.stream().map(waves::get).toList(), rule)).toList();
            List<PooledCuts> halves = List.of(PooledCuts.pool(quarters.subList(0, 2), rule),
                    PooledCuts.pool(quarters.subList(2, 4), rule));
            PooledCuts year = PooledCuts.pool(halves, rule);

            List<Figure> figures = new ArrayList<>();
            for (int w = 0; w < waves.size(); w++) {
                figures.addAll(figures("wave " + w, waves.get(w), List.of(w), leaves, municipalities));
            }
            for (int q = 0; q < 4; q++) {
                figures.addAll(figures("quarter " + q, quarters.get(q), quarterWaves.get(q), leaves, municipalities));
            }
            for (int h = 0; h < 2; h++) {
                List<Integer> inHalf = new ArrayList<>(quarterWaves.get(2 * h));
                inHalf.addAll(quarterWaves.get(2 * h + 1));
                figures.addAll(figures("half " + h, halves.get(h), inHalf, leaves, municipalities));
            }
            List<Integer> all = new ArrayList<>();
            quarterWaves.forEach(all::addAll);
            figures.addAll(figures("year", year, all, leaves, municipalities));

            List<String> problems = problems(figures, leafN, threshold);
            for (String problem : problems) {
                allProblems.add("scenario " + scenario + ", threshold " + threshold + ": " + problem);
            }
            hiddenSeen += (int) figures.stream().filter(f -> f.hidden() && n(f, leafN) > 0).count();
            shownPooledSeen += (int) figures.stream().filter(f -> !f.hidden() && n(f, leafN) > 0
                    && !f.name().startsWith("wave") && f.name().contains("tie")).count();
        }
        assertThat(allProblems).as("what follows from what is shown").isEmpty();
        System.out.printf("PooledCutsTest: %d hidden, %d pooled ties shown, %d pairs of small hidden figures combined%n",
                hiddenSeen, shownPooledSeen, COMBINATIONS.get());
        assertThat(hiddenSeen).as("the scenarios hide many figures").isGreaterThan(5_000);
        assertThat(shownPooledSeen).as("and pooling shows many ties no single wave could").isGreaterThan(300);
    }

    @Test
    void a_small_municipality_below_the_threshold_in_every_wave_is_shown_pooled() {
        // Fanø and Ærø: 3 answers a wave each, hidden in each wave beside a large Odense; three waves pooled are 9 each
        AnonymityRule rule = new AnonymityRule(5);
        List<PooledCuts> waves = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            waves.add(PooledCuts.ofWave(PublishedCuts.of(List.of(
                    new ScoreCell(563, "NGO", "", Construct.PSYCHOLOGICAL_SAFETY, new ScoreSums(3, 15, 75)),
                    new ScoreCell(492, "NGO", "", Construct.PSYCHOLOGICAL_SAFETY, new ScoreSums(3, 15, 75)),
                    new ScoreCell(461, "NGO", "", Construct.PSYCHOLOGICAL_SAFETY, new ScoreSums(20, 100, 500)),
                    new ScoreCell(461, "PSYCHIATRY", "", Construct.PSYCHOLOGICAL_SAFETY, new ScoreSums(20, 100, 500))),
                    rule)));
        }
        assertThat(waves.getFirst().hides(Construct.PSYCHOLOGICAL_SAFETY, Cut.of(563))).isTrue();
        PooledCuts quarter = PooledCuts.pool(waves, rule);
        assertThat(quarter.hides(Construct.PSYCHOLOGICAL_SAFETY, Cut.of(563))).isFalse();
        assertThat(quarter.score(Construct.PSYCHOLOGICAL_SAFETY, Cut.of(563), "563").n()).isEqualTo(9);
    }

    @Test
    void a_pool_whose_one_hidden_wave_is_small_is_hidden_or_the_pool_minus_the_shown_waves_gives_it_away() {
        AnonymityRule rule = new AnonymityRule(5);
        PooledCuts shown = PooledCuts.ofWave(PublishedCuts.of(List.of(
                new ScoreCell(461, "NGO", "", Construct.PSYCHOLOGICAL_SAFETY, new ScoreSums(8, 40, 200))), rule));
        PooledCuts small = PooledCuts.ofWave(PublishedCuts.of(List.of(
                new ScoreCell(461, "NGO", "", Construct.PSYCHOLOGICAL_SAFETY, new ScoreSums(2, 2, 2))), rule));
        PooledCuts quarter = PooledCuts.pool(List.of(shown, small), rule);
        assertThat(quarter.hides(Construct.PSYCHOLOGICAL_SAFETY, Cut.of(461, "NGO"))).isTrue();
        assertThat(quarter.hides(Construct.PSYCHOLOGICAL_SAFETY, Cut.of(461))).isTrue();
    }

    private static List<String> targets(String sector) {
        List<String> targets = new ArrayList<>(List.of(""));
        targets.addAll(SECTORS);
        return targets;
    }

    /** Mostly 1–6 respondents, now and then more. */
    private static int small(Random random) {
        return random.nextInt(8) == 0 ? 5 + random.nextInt(10) : 1 + random.nextInt(6);
    }

    /**
     * Every published figure of one wave or pool: the municipal hierarchy and the programme's sectors
     * and ties, those the product has (a quarter has no programme ties).
     */
    private static List<Figure> figures(String source, PooledCuts cuts, List<Integer> waves, List<Leaf> leaves,
                                        int municipalities) {
        List<Cut> shown = new ArrayList<>();
        shown.add(Cut.PROGRAMME);
        for (int m = 0; m < municipalities; m++) {
            shown.add(Cut.of(100 + m));
        }
        for (Integer municipality : java.util.Arrays.asList(null, 100, 101, 102)) {
            if (municipality == null && waves.size() == 1) {
                continue; // the programme's sectors and ties are shown for pools only
            }
            if (municipality != null && municipality >= 100 + municipalities) {
                continue;
            }
            for (String sector : SECTORS) {
                shown.add(new Cut(municipality, sector, null));
                for (String target : SECTORS) {
                    if (!target.equals(sector)) {
                        shown.add(new Cut(municipality, sector, target));
                    }
                }
            }
        }
        List<Figure> figures = new ArrayList<>();
        shown.removeIf(cut -> cut.municipality() == null && cut.target() != null && !cuts.cuts(RC).contains(cut));
        for (Cut cut : shown) {
            java.util.BitSet inside = new java.util.BitSet();
            for (int i = 0; i < leaves.size(); i++) {
                Leaf leaf = leaves.get(i);
                if (waves.contains(leaf.wave()) && (cut.municipality() == null || cut.municipality() == leaf.municipality())
                        && (cut.sector() == null || cut.sector().equals(leaf.sector()))
                        && (cut.target() == null || cut.target().equals(leaf.target()))) {
                    inside.set(i);
                }
            }
            String name = source + " " + (cut.target() != null ? "tie " : "") + cut;
            GroupScore score = cuts.score(RC, cut, "x");
            assertThat(score.suppressed() ? score.mean() : null).as("a hidden figure carries no mean").isNull();
            figures.add(new Figure(name, inside, cuts.hides(RC, cut)));
        }
        return figures;
    }

    private static int n(Figure figure, List<Integer> leafN) {
        return figure.leaves().stream().map(leafN::get).sum();
    }

    /** The algebra of {@link DisclosureCheck} over leaf sets that span waves and pools. */
    private static List<String> problems(List<Figure> figures, List<Integer> leafN, int threshold) {
        int size = leafN.size();
        List<double[]> known = new ArrayList<>();
        for (Figure figure : figures) {
            if (!figure.hidden()) {
                known.add(vector(figure, size));
            }
        }
        for (int i = 0; i < size; i++) {
            if (leafN.get(i) == 0) {
                double[] zero = new double[size];
                zero[i] = 1;
                known.add(zero);
            }
        }
        List<double[]> basis = DisclosureCheck.echelon(known);
        List<String> problems = new ArrayList<>();
        Map<Figure, double[]> residuals = new LinkedHashMap<>();
        for (Figure figure : figures) {
            if (figure.hidden() && n(figure, leafN) > 0) {
                double[] residual = DisclosureCheck.reduce(vector(figure, size), basis);
                // a hidden figure of the threshold or more may follow (decision 0028, "not covered"): a
                // complement that the pool's checks did not keep hidden; a small group may not
                if (DisclosureCheck.isZero(residual) && n(figure, leafN) < threshold) {
                    problems.add(figure.name() + " (n " + n(figure, leafN) + ") is hidden but follows from what is shown");
                }
                residuals.put(figure, residual);
            }
        }
        Map<String, List<Figure>> byResidual = new HashMap<>();
        residuals.forEach((figure, residual) ->
                byResidual.computeIfAbsent(DisclosureCheck.key(residual, 1), k -> new ArrayList<>()).add(figure));
        residuals.forEach((figure, residual) -> {
            for (Figure other : byResidual.getOrDefault(DisclosureCheck.key(residual, -1), List.of())) {
                int n = n(figure, leafN) + n(other, leafN);
                // nor may the sum of two disjoint hidden groups of different cuts or waves below the threshold
                if (!figure.leaves().intersects(other.leaves()) && n < threshold) {
                    problems.add(figure.name() + " + " + other.name() + " (n " + n + ") follows from what is shown");
                }
            }
            for (Figure other : byResidual.getOrDefault(DisclosureCheck.key(residual, 1), List.of())) {
                int difference = n(figure, leafN) - n(other, leafN);
                if (difference > 0 && difference < threshold && inside(other, figure)) {
                    problems.add(figure.name() + " − " + other.name() + " (n " + difference + ") follows from what is shown");
                }
            }
        });
        problems.addAll(smallSums(residuals, leafN, threshold));
        List<Figure> shown = figures.stream().filter(f -> !f.hidden() && n(f, leafN) > 0).toList();
        int[] sizes = shown.stream().mapToInt(f -> n(f, leafN)).toArray();
        for (int o = 0; o < shown.size(); o++) {
            for (int i = 0; i < shown.size(); i++) {
                Figure outer = shown.get(o);
                Figure inner = shown.get(i);
                int difference = sizes[o] - sizes[i];
                if (difference > 0 && difference < threshold && inside(inner, outer)) {
                    problems.add(outer.name() + " and " + inner.name() + " are both shown but differ by " + difference);
                }
            }
        }
        return problems;
    }

    /** Three or four disjoint hidden figures whose sum is below the threshold and follows from what is shown. */
    private static List<String> smallSums(Map<Figure, double[]> residuals, List<Integer> leafN, int threshold) {
        List<Figure> small = residuals.keySet().stream().filter(f -> n(f, leafN) < threshold - 1).toList();
        record Pair(Figure a, Figure b, int n, double[] sum) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < small.size(); i++) {
            for (int j = i + 1; j < small.size(); j++) {
                Figure a = small.get(i);
                Figure b = small.get(j);
                int n = n(a, leafN) + n(b, leafN);
                if (n < threshold - 1 && !a.leaves().intersects(b.leaves())) {
                    double[] sum = residuals.get(a).clone();
                    double[] other = residuals.get(b);
                    for (int k = 0; k < sum.length; k++) {
                        sum[k] += other[k];
                    }
                    pairs.add(new Pair(a, b, n, sum));
                }
            }
        }
        COMBINATIONS.addAndGet(pairs.size());
        Map<String, List<Figure>> singles = new HashMap<>();
        small.forEach(f -> singles.computeIfAbsent(DisclosureCheck.key(residuals.get(f), 1), k -> new ArrayList<>()).add(f));
        Map<String, List<Pair>> byKey = new HashMap<>();
        pairs.forEach(pair -> byKey.computeIfAbsent(DisclosureCheck.key(pair.sum(), 1), k -> new ArrayList<>()).add(pair));
        List<String> problems = new ArrayList<>();
        for (Pair pair : pairs) {
            String negative = DisclosureCheck.key(pair.sum(), -1);
            for (Figure third : singles.getOrDefault(negative, List.of())) {
                if (pair.n() + n(third, leafN) < threshold && !third.leaves().intersects(pair.a().leaves())
                        && !third.leaves().intersects(pair.b().leaves())) {
                    problems.add(pair.a().name() + " + " + pair.b().name() + " + " + third.name() + " follows from what is shown");
                }
            }
            for (Pair other : byKey.getOrDefault(negative, List.of())) {
                if (pair.n() + other.n() < threshold && java.util.stream.Stream.of(other.a(), other.b()).noneMatch(f ->
                        f.leaves().intersects(pair.a().leaves()) || f.leaves().intersects(pair.b().leaves()))) {
                    problems.add(pair.a().name() + " + " + pair.b().name() + " + " + other.a().name() + " + "
                            + other.b().name() + " follows from what is shown");
                }
            }
        }
        return problems;
    }

    private static boolean inside(Figure inner, Figure outer) {
        java.util.BitSet rest = (java.util.BitSet) inner.leaves().clone();
        rest.andNot(outer.leaves());
        return rest.isEmpty();
    }

    private static double[] vector(Figure figure, int size) {
        double[] vector = new double[size];
        figure.leaves().stream().forEach(i -> vector[i] = 1);
        return vector;
    }
}
