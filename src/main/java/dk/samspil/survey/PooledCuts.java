package dk.samspil.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The cuts the Culture page shows for one wave or one pool of waves (docs/decisions/0028): the
 * wave's own {@link PublishedCuts}, plus the programme's sectors and ties (a sector's rating of
 * another across all municipalities), and, for a pool, every cut summed over the pool's parts (its
 * waves, or its nested shorter pools). Each such cut has parts in a second dimension that are
 * published too — the same cut in each wave of the pool, the same sector or tie in each
 * municipality — so its suppression is the tree's ({@link CutSuppression}) plus a rule across that
 * dimension. Across waves: a pooled cut is shown only if every wave shows it (it is then known
 * anyway), or at least two waves have respondents in it and every one of them hides it and
 * everything inside it — so a pool never adds to what a wave shows of a cut, and a pool minus its
 * waves, or a half-year minus its quarter, leaves nothing to subtract. Across municipalities: a
 * shown programme figure's hidden municipal parts are none, or at least two that together reach
 * the threshold, and the two-way table of municipalities by the programme's sectors (or one
 * sector's ties) passes the exact {@link TableCheck}. A cut known anyway is shown and never serves
 * as the complement of a hidden part. Repeated until nothing changes.
 */
final class PooledCuts {

    /** One part of a cut in another dimension: its respondents, whether it is hidden, and whether all inside it is too. */
    record Part(int n, boolean hidden, boolean dark) {
    }

    /**
     * A cut's parts in one other dimension; across waves ({@code waves}) the stricter rule holds, and
     * where {@code darkOnly} a hidden part must be dark (a pool's municipalities, whose waves show
     * some of what lies inside a part that is merely hidden in the pool).
     */
    record Dimension(List<Part> parts, boolean waves, boolean darkOnly) {

        Dimension(List<Part> parts, boolean waves) {
            this(parts, waves, false);
        }
    }

    private final AnonymityRule rule;
    private final Map<Construct, Map<Cut, ScoreSums>> sums;
    private final Map<Construct, Set<Cut>> hidden;
    private final Map<Construct, Map<Cut, Boolean>> dark = new EnumMap<>(Construct.class);
    private Map<Construct, Map<Cut, List<Cut>>> children;
    /** The single waves inside (this one, for a wave), and the shorter pools inside (none for a wave or a quarter's waves). */
    private final List<PooledCuts> waves;
    private final List<PooledCuts> pools;

    private PooledCuts(AnonymityRule rule, Map<Construct, Map<Cut, ScoreSums>> sums, Map<Construct, Set<Cut>> hidden,
                       List<PooledCuts> waves, List<PooledCuts> pools) {
        this.rule = rule;
        this.sums = sums;
        this.hidden = hidden;
        this.waves = waves == null ? List.of(this) : waves;
        this.pools = pools;
    }

    /** One wave: its own suppression, and the programme's sectors and ties over its municipalities. */
    static PooledCuts ofWave(PublishedCuts wave) {
        Map<Construct, Map<Cut, ScoreSums>> sums = new EnumMap<>(Construct.class);
        Map<Construct, Set<Cut>> hidden = new EnumMap<>(Construct.class);
        for (Construct construct : wave.constructs()) {
            Map<Cut, ScoreSums> cuts = new LinkedHashMap<>();
            Set<Cut> hides = new HashSet<>();
            wave.cuts(construct).forEach(cut -> {
                cuts.put(cut, wave.sums(construct, cut));
                if (wave.hides(construct, cut)) {
                    hides.add(cut);
                }
            });
            sums.put(construct, cuts);
            hidden.put(construct, hides);
        }
        return new PooledCuts(wave.rule(), sums, hidden, null, List.of());
    }

    /** A pool: every cut summed over the parts (waves or shorter pools), suppressed across them. */
    static PooledCuts pool(List<PooledCuts> parts, AnonymityRule rule) {
        List<PooledCuts> waves = parts.stream().flatMap(part -> part.waves.stream()).toList();
        // a pool of waves (a quarter) shows no programme ties: beside its waves' municipal ties and the
        // half-year's, they let the sum of two municipalities' small hidden ties follow (decision 0028)
        boolean ofWaves = parts.stream().allMatch(part -> part.waves.size() == 1 && part.waves.getFirst() == part);
        List<PooledCuts> pools = new ArrayList<>();
        parts.stream().filter(part -> part.waves.size() > 1 || part.waves.getFirst() != part).forEach(part -> {
            pools.add(part);
            pools.addAll(part.pools);
        });
        Map<Construct, Map<Cut, ScoreSums>> sums = new EnumMap<>(Construct.class);
        Map<Construct, Set<Cut>> hidden = new EnumMap<>(Construct.class);
        for (Construct construct : Construct.values()) {
            Map<Cut, ScoreSums> cuts = new LinkedHashMap<>();
            parts.forEach(part -> part.sums.getOrDefault(construct, Map.of()).forEach((cut, sum) -> {
                if (cut.municipality() != null || cut.sector() == null) {
                    cuts.merge(cut, sum, ScoreSums::plus);
                }
            }));
            if (cuts.isEmpty()) {
                continue;
            }
            List<Function<Cut, Part>> across = parts.stream().map(part -> part.partOf(construct)).toList();
            List<Function<Cut, Part>> single = waves.stream().map(wave -> wave.partOf(construct)).toList();
            Map<Cut, List<Dimension>> dimensions = new LinkedHashMap<>();
            cuts.keySet().forEach(cut -> dimensions.put(cut, List.of(waves(across, cut), waves(single, cut))));
            List<CutSuppression.Node<Cut>> tree = new ArrayList<>();
            cuts.forEach((cut, sum) -> tree.add(node(cut, sum)));
            tree.sort(Comparator.comparingInt(PooledCuts::depth));
            List<TwoWay<Cut>> overTime = new ArrayList<>();
            programmeParts(cuts.keySet()).forEach(whole -> overTime.add(new OverTime(construct, whole, waves, pools)));
            Set<Cut> hides = suppress(tree, dimensions, Set.of(), overTime, rule.threshold());
            sums.put(construct, cuts);
            hidden.put(construct, hides);
            programmeLevel(construct, cuts, hides, List.of(across, single), !ofWaves, rule.threshold());
        }
        return new PooledCuts(rule, sums, hidden, waves, pools);
    }

    private static Dimension waves(List<Function<Cut, Part>> across, Cut cut) {
        return new Dimension(across.stream().map(part -> part.apply(cut)).toList(), true);
    }

    /**
     * How this wave or pool has a cut, as a part of a longer pool; dark only where it and all inside
     * it is hidden here and in every one of its waves.
     */
    private Function<Cut, Part> partOf(Construct construct) {
        return cut -> new Part(sums(construct, cut).n(), hides(construct, cut),
                dark(construct, cut) && waves.stream().allMatch(wave -> wave.dark(construct, cut)));
    }

    /**
     * Adds the programme's sectors and ties to {@code cuts} and suppresses them: their parts are
     * the municipalities' sectors and ties as {@code hides} has them, and the same cut in each of
     * {@code across} (the pool's parts; none for a wave); the programme's ties only if {@code ties}.
     */
    private static void programmeLevel(Construct construct, Map<Cut, ScoreSums> cuts, Set<Cut> hides,
                                       List<List<Function<Cut, Part>>> across, boolean ties, int threshold) {
        Map<Cut, ScoreSums> programme = new LinkedHashMap<>();
        Map<Cut, List<Part>> municipalities = new LinkedHashMap<>();
        cuts.forEach((cut, sum) -> {
            if (cut.municipality() != null && cut.sector() != null && (ties || cut.target() == null)) {
                Cut whole = new Cut(null, cut.sector(), cut.target());
                programme.merge(whole, sum, ScoreSums::plus);
                boolean hidden = hides.contains(cut) || !cut.published();
                // dark: hidden in the pool and, with all inside it, in every wave of it
                boolean dark = hidden && across.stream().allMatch(dimension -> dimension.stream()
                        .allMatch(part -> { Part of = part.apply(cut); return of.n() == 0 || of.dark(); }));
                municipalities.computeIfAbsent(whole, key -> new ArrayList<>()).add(new Part(sum.n(), hidden, dark));
            }
        });
        if (programme.isEmpty()) {
            return;
        }
        cuts.putAll(programme);
        List<CutSuppression.Node<Cut>> tree = new ArrayList<>();
        tree.add(node(Cut.PROGRAMME, cuts.getOrDefault(Cut.PROGRAMME, ScoreSums.NONE)));
        programme.forEach((cut, sum) -> tree.add(node(cut, sum)));
        tree.sort(Comparator.comparingInt(PooledCuts::depth));
        Map<Cut, List<Dimension>> dimensions = new LinkedHashMap<>();
        programme.keySet().forEach(cut -> {
            List<Dimension> parts = new ArrayList<>();
            parts.add(new Dimension(municipalities.get(cut), false, !across.isEmpty()));
            across.forEach(dimension -> parts.add(waves(dimension, cut)));
            dimensions.put(cut, parts);
        });
        // the programme as a whole is decided already: shown it is known, hidden it stays hidden
        dimensions.put(Cut.PROGRAMME, List.of(new Dimension(List.of(new Part(
                cuts.getOrDefault(Cut.PROGRAMME, ScoreSums.NONE).n(), hides.contains(Cut.PROGRAMME), false)), false)));
        Set<Cut> before = hides.contains(Cut.PROGRAMME) ? Set.of(Cut.PROGRAMME) : Set.of();
        List<TwoWay<Cut>> tables = new ArrayList<>();
        tables.add(new Table(Cut.PROGRAMME, cuts, hides));
        programme.keySet().stream().filter(cut -> cut.target() == null).forEach(cut -> tables.add(new Table(cut, cuts, hides)));
        hides.addAll(suppress(tree, dimensions, before, tables, threshold));
    }

    /**
     * The tree's suppression with the rules across each cut's other dimensions and the exact check
     * of each two-way table; returns the hidden cuts (a known cut is never among them).
     */
    static <K> Set<K> suppress(List<CutSuppression.Node<K>> tree, Map<K, List<Dimension>> dimensions,
                               Set<K> hiddenBefore, List<? extends TwoWay<K>> tables, int threshold) {
        Set<K> known = new HashSet<>();
        tree.forEach(node -> {
            if (!hiddenBefore.contains(node.key()) && node.n() > 0 && dimensions.getOrDefault(node.key(), List.of()).stream()
                    .anyMatch(dimension -> dimension.parts().stream().anyMatch(part -> part.n() > 0)
                            && dimension.parts().stream().noneMatch(part -> part.n() > 0 && part.hidden()))) {
                known.add(node.key());
            }
        });
        Map<K, CutSuppression.Node<K>> nodes = new HashMap<>();
        tree.forEach(node -> nodes.put(node.key(), node));
        Set<K> forced = new HashSet<>(hiddenBefore);
        while (true) {
            Set<K> hidden = CutSuppression.hidden(tree, threshold, forced, known);
            hidden.removeAll(known);
            boolean changed = false;
            for (CutSuppression.Node<K> node : tree) {
                K key = node.key();
                if (node.n() > 0 && !hidden.contains(key) && !known.contains(key)
                        && dimensions.getOrDefault(key, List.of()).stream().anyMatch(d -> !protects(d, threshold))) {
                    forced.add(key);
                    changed = true;
                }
            }
            if (!changed) {
                for (TwoWay<K> table : tables) {
                    java.util.Optional<K> next = table.givenAway(hidden, threshold).stream()
                            .filter(key -> !hidden.contains(key) && !known.contains(key) && nodes.containsKey(key))
                            .min(Comparator.comparingInt(key -> nodes.get(key).n()));
                    if (next.isPresent()) {
                        forced.add(next.get());
                        changed = true;
                        break;
                    }
                }
            }
            if (!changed) {
                return hidden;
            }
        }
    }

    private static boolean protects(Dimension dimension, int threshold) {
        List<Part> present = dimension.parts().stream().filter(part -> part.n() > 0).toList();
        List<Part> hiddenParts = present.stream().filter(Part::hidden).toList();
        if (hiddenParts.isEmpty()) {
            return true;
        }
        if (dimension.waves()) {
            return hiddenParts.size() == present.size() && present.size() > 1 && present.stream().allMatch(Part::dark);
        }
        return hiddenParts.size() > 1 && hiddenParts.stream().mapToInt(Part::n).sum() >= threshold
                && (!dimension.darkOnly() || hiddenParts.stream().allMatch(Part::dark));
    }

    /** A two-way table whose exact check names the shown programme figures that must be hidden for it to pass. */
    interface TwoWay<K> {
        /** The shown figures (of those this suppression may hide) to hide next, given what is hidden now. */
        Set<K> givenAway(Set<K> hidden, int threshold);
    }

    /**
     * Municipalities by the programme's parts of {@code whole}: by sector below the programme, by
     * rated sector below a programme sector. Rows are the municipalities' figures (decided before),
     * columns and the whole the programme's (being decided), cells the municipalities' parts.
     */
    private record Table(Cut whole, Map<Cut, ScoreSums> cuts, Set<Cut> decided) implements TwoWay<Cut> {

        @Override
        public Set<Cut> givenAway(Set<Cut> hidden, int threshold) {
            Map<Cut, Integer> cellIndex = new LinkedHashMap<>();
            Map<Cut, List<Integer>> rows = new LinkedHashMap<>();
            Map<Cut, List<Integer>> columns = new LinkedHashMap<>();
            cuts.forEach((cut, sum) -> {
                if (sum.n() > 0 && cut.municipality() != null && whole.equals(new Cut(null, cut.parent().sector(), cut.parent().target()))
                        && programmeChild(cut)) {
                    int index = cellIndex.size();
                    cellIndex.put(cut, index);
                    rows.computeIfAbsent(cut.parent(), row -> new ArrayList<>()).add(index);
                    columns.computeIfAbsent(new Cut(null, cut.sector(), cut.target()), column -> new ArrayList<>()).add(index);
                }
            });
            if (cellIndex.isEmpty()) {
                return Set.of();
            }
            List<TableCheck.Figure<Cut>> figures = new ArrayList<>();
            cellIndex.forEach((cut, index) -> figures.add(new TableCheck.Figure<>(cut, List.of(index), n(cut),
                    decided.contains(cut) || !cut.published())));
            rows.forEach((row, cells) -> figures.add(new TableCheck.Figure<>(row, cells, n(row), decided.contains(row))));
            columns.forEach((column, cells) -> figures.add(new TableCheck.Figure<>(column, cells, n(column),
                    hidden.contains(column) || !column.published())));
            figures.add(new TableCheck.Figure<>(whole, List.copyOf(cellIndex.values()), n(whole),
                    whole.equals(Cut.PROGRAMME) ? decided.contains(whole) : hidden.contains(whole)));
            Set<Cut> givenAway = TableCheck.givenAway(cellIndex.size(), figures, threshold);
            if (givenAway.isEmpty()) {
                return Set.of();
            }
            // hiding a column breaks what its total adds; the smallest shown columns go first
            Set<Cut> candidates = new java.util.LinkedHashSet<>();
            columns.keySet().stream().filter(column -> column.published() && !hidden.contains(column)).forEach(candidates::add);
            if (!whole.equals(Cut.PROGRAMME) && !hidden.contains(whole)) {
                candidates.add(whole);
            }
            return candidates;
        }

        /** A municipality's cut one level below its part of {@code whole}: its sector, or its sector's tie. */
        private static boolean programmeChild(Cut cut) {
            return cut.sector() != null && cut.parent() != null;
        }

        private int n(Cut cut) {
            return cuts.getOrDefault(cut, ScoreSums.NONE).n();
        }
    }

    /** The programme's cuts that the municipalities' cuts are parts of: the programme, its sectors, its ties. */
    private static Set<Cut> programmeParts(Set<Cut> cuts) {
        Set<Cut> wholes = new java.util.LinkedHashSet<>();
        cuts.forEach(cut -> {
            if (cut.municipality() != null && cut.published()) {
                wholes.add(new Cut(null, cut.sector(), cut.target()));
            }
        });
        return wholes;
    }

    /**
     * Municipalities by the pool's waves, for one programme cut ({@code whole}): each wave shows the
     * programme's figure (a column), the pool and its shorter pools each municipality's (rows), so
     * a municipality's pooled figure minus what the waves show of the others could give one wave's
     * small group away. The pool's municipal figures are what may be hidden.
     */
    private record OverTime(Construct construct, Cut whole, List<PooledCuts> waves, List<PooledCuts> pools)
            implements TwoWay<Cut> {

        @Override
        public Set<Cut> givenAway(Set<Cut> hidden, int threshold) {
            Map<String, Integer> cellIndex = new LinkedHashMap<>();
            List<TableCheck.Figure<Cut>> figures = new ArrayList<>();
            Map<Integer, List<Integer>> byMunicipality = new LinkedHashMap<>();
            Map<Integer, Integer> cellN = new HashMap<>();
            for (int w = 0; w < waves.size(); w++) {
                PooledCuts wave = waves.get(w);
                List<Integer> column = new ArrayList<>();
                for (Cut cut : wave.cuts(construct)) {
                    if (cut.municipality() != null && whole.equals(new Cut(null, cut.sector(), cut.target()))
                            && wave.sums(construct, cut).n() > 0) {
                        int index = cellIndex.size();
                        cellIndex.put(w + ":" + cut.municipality(), index);
                        cellN.put(index, wave.sums(construct, cut).n());
                        column.add(index);
                        byMunicipality.computeIfAbsent(cut.municipality(), m -> new ArrayList<>()).add(index);
                        figures.add(new TableCheck.Figure<>(null, List.of(index), cellN.get(index), wave.hides(construct, cut)));
                    }
                }
                if (!column.isEmpty()) {
                    figures.add(new TableCheck.Figure<>(null, column, wave.sums(construct, whole).n(), wave.hides(construct, whole)));
                }
            }
            if (cellIndex.isEmpty()) {
                return Set.of();
            }
            for (PooledCuts pool : pools) {
                byMunicipality.forEach((municipality, cells) -> {
                    Cut cut = new Cut(municipality, whole.sector(), whole.target());
                    List<Integer> inside = pool.waves.stream().map(waves::indexOf)
                            .map(w -> cellIndex.get(w + ":" + municipality)).filter(java.util.Objects::nonNull).toList();
                    if (!inside.isEmpty()) {
                        figures.add(new TableCheck.Figure<>(null, inside, pool.sums(construct, cut).n(), pool.hides(construct, cut)));
                    }
                });
            }
            Set<Cut> deciding = new java.util.LinkedHashSet<>();
            byMunicipality.forEach((municipality, cells) -> {
                Cut cut = new Cut(municipality, whole.sector(), whole.target());
                figures.add(new TableCheck.Figure<>(cut, cells, cells.stream().mapToInt(cellN::get).sum(), hidden.contains(cut)));
                if (!hidden.contains(cut)) {
                    deciding.add(cut);
                }
            });
            return TableCheck.givenAway(cellIndex.size(), figures, threshold).isEmpty() ? Set.of() : deciding;
        }
    }

    private static CutSuppression.Node<Cut> node(Cut cut, ScoreSums sums) {
        return new CutSuppression.Node<>(cut, cut.parent(), sums.n(), cut.published());
    }

    /** Parents before their parts: the programme, municipalities (or the programme's sectors), sectors, ties. */
    private static int depth(CutSuppression.Node<Cut> node) {
        int depth = 0;
        for (Cut up = node.key().parent(); up != null; up = up.parent()) {
            depth++;
        }
        return depth;
    }

    /** A cut's score on a construct, named {@code group}; suppressed where this wave's or pool's suppression hides it. */
    GroupScore score(Construct construct, Cut cut, String group) {
        GroupScore score = GroupScore.of(group, sums(construct, cut));
        return hides(construct, cut) ? score.suppress() : score;
    }

    boolean hides(Construct construct, Cut cut) {
        return hidden.getOrDefault(construct, Set.of()).contains(cut) || !cut.published();
    }

    /** Whether a cut and everything inside it is hidden (or empty): then a pool of it adds to nothing a wave shows. */
    boolean dark(Construct construct, Cut cut) {
        Map<Cut, Boolean> known = dark.computeIfAbsent(construct, c -> new HashMap<>());
        Boolean answer = known.get(cut);
        if (answer == null) {
            answer = (sums(construct, cut).n() == 0 || hides(construct, cut))
                    && children(construct).getOrDefault(cut, List.of()).stream().allMatch(inside -> dark(construct, inside));
            known.put(cut, answer);
        }
        return answer;
    }

    private synchronized Map<Cut, List<Cut>> children(Construct construct) {
        if (children == null) {
            children = new EnumMap<>(Construct.class);
        }
        return children.computeIfAbsent(construct, c -> {
            Map<Cut, List<Cut>> parts = new HashMap<>();
            cuts(c).forEach(cut -> {
                if (cut.parent() != null) {
                    parts.computeIfAbsent(cut.parent(), parent -> new ArrayList<>()).add(cut);
                }
            });
            return parts;
        });
    }

    ScoreSums sums(Construct construct, Cut cut) {
        return sums.getOrDefault(construct, Map.of()).getOrDefault(cut, ScoreSums.NONE);
    }

    /** Every cut with respondents on a construct, shown or hidden. */
    Set<Cut> cuts(Construct construct) {
        return sums.getOrDefault(construct, Map.of()).keySet();
    }

    AnonymityRule rule() {
        return rule;
    }
}
