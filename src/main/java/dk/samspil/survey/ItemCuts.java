package dk.samspil.survey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dk.samspil.municipality.Sector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The item distributions of one municipality and construct in a wave, as published cuts of their
 * own: each item's distribution in the municipality, with its sectors' distributions as its parts.
 * A group hidden in the wave's construct scores is hidden in its items too (its bars would give its
 * score away), and the items get complementary suppression on top, since an item's answers are
 * counted apart from the construct's scored respondents.
 */
@Component
class ItemCuts {

    private final JdbcClient jdbc;

    ItemCuts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many answers of a sector's respondents gave an item a score (null: not relevant). */
    record Count(String sector, String item, Integer score, long n) {
    }

    private record ItemCut(String item, String sector) {
    }

    /** Which bar of a municipality's item distributions: the item on a construct, in all sectors (null) or one. */
    record Bar(Construct construct, String itemCode, String sector) {
    }

    /** Every item distribution of a municipality in a wave, for the whole municipality and for each sector. */
    Map<Bar, ItemDistribution> all(PublishedCuts cuts, long waveId, int municipalityCode) {
        return all(cuts, municipalityCode, counts(waveId, List.of(municipalityCode), null)
                .getOrDefault(municipalityCode, Map.of()));
    }

    /**
     * The answer counts behind the item distributions of these municipalities in a wave, per
     * municipality and construct: one GROUP BY in the database, a few hundred rows a municipality
     * whatever the number of answers, so an import can hold them from before its write to after it.
     */
    Map<Integer, Map<Construct, List<Count>>> counts(long waveId, Collection<Integer> municipalities) {
        return counts(waveId, municipalities, null);
    }

    /**
     * As {@link #counts(long, Collection)}, of the answer sets not imported only (Samspil's own): an
     * import tallies its own answers from its stream ({@link StreamedScores}) and adds these.
     */
    Map<Integer, Map<Construct, List<Count>>> countsNotImported(long waveId, Collection<Integer> municipalities) {
        return counts(waveId, municipalities, null, true);
    }

    /** The counts of both, added. */
    static Map<Integer, Map<Construct, List<Count>>> plus(Map<Integer, Map<Construct, List<Count>>> one,
                                                          Map<Integer, Map<Construct, List<Count>>> other) {
        record Key(int municipality, Construct construct, String sector, String item, Integer score) {
        }
        Map<Key, Long> sums = new LinkedHashMap<>();
        for (var counts : List.of(one, other)) {
            counts.forEach((municipality, byConstruct) -> byConstruct.forEach((construct, list) -> list.forEach(count ->
                    sums.merge(new Key(municipality, construct, count.sector(), count.item(), count.score()), count.n(),
                            Long::sum))));
        }
        Map<Integer, Map<Construct, List<Count>>> result = new HashMap<>();
        sums.forEach((key, n) -> result.computeIfAbsent(key.municipality(), m -> new EnumMap<>(Construct.class))
                .computeIfAbsent(key.construct(), c -> new ArrayList<>())
                .add(new Count(key.sector(), key.item(), key.score(), n)));
        return result;
    }

    private Map<Integer, Map<Construct, List<Count>>> counts(long waveId, Collection<Integer> municipalities,
                                                             Construct only) {
        return counts(waveId, municipalities, only, false);
    }

    /** As {@link #counts(long, Collection)}, of one construct only unless {@code only} is null. */
    private Map<Integer, Map<Construct, List<Count>>> counts(long waveId, Collection<Integer> municipalities,
                                                             Construct only, boolean notImported) {
        Map<Integer, Map<Construct, List<Count>>> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT STRAIGHT_JOIN r.municipality_code, s.construct, r.sector_code, i.item_code, a.score, COUNT(*)
                        FROM survey_response r
                        JOIN survey_answer a ON a.response_id = r.id JOIN survey_item i ON i.id = a.item_id
                        JOIN survey_instrument s ON s.id = i.instrument_id
                        WHERE r.wave_id = ? AND r.municipality_code IN (%s) AND (? IS NULL OR s.construct = ?) %s
                        GROUP BY r.municipality_code, s.construct, r.sector_code, i.item_code, a.score"""
                        .formatted(String.join(",", java.util.Collections.nCopies(municipalities.size(), "?")),
                                notImported ? "AND r.source <> 'IMPORT'" : ""))
                .params(parameters(waveId, municipalities, only == null ? null : only.name()))
                .query((rs, n) -> {
                    counts.computeIfAbsent(rs.getInt(1), m -> new EnumMap<>(Construct.class))
                            .computeIfAbsent(Construct.valueOf(rs.getString(2)), c -> new ArrayList<>())
                            .add(new Count(rs.getString(3), rs.getString(4), rs.getObject(5, Integer.class), rs.getLong(6)));
                    return null;
                })
                .list();
        return counts;
    }

    /** A municipality's item distributions from its {@link #counts}, hidden as these cuts say. */
    Map<Bar, ItemDistribution> all(PublishedCuts cuts, int municipalityCode, Map<Construct, List<Count>> counts) {
        Map<Bar, ItemDistribution> bars = new LinkedHashMap<>();
        for (Construct construct : Construct.values()) {
            List<Sector> sectors = new ArrayList<>(java.util.Arrays.asList(Sector.values()));
            sectors.add(null);
            for (Sector sector : sectors) {
                distributions(cuts, municipalityCode, construct, sector, counts.getOrDefault(construct, List.of()))
                        .forEach(item -> bars.put(new Bar(construct, item.itemCode(), sector == null ? null : sector.name()),
                                item));
            }
        }
        return bars;
    }

    /** Items in code order, only those asked in the wave; of one sector's respondents when {@code sector} is set. */
    List<ItemDistribution> distributions(PublishedCuts cuts, long waveId, int municipalityCode, Construct construct,
                                         Sector sector) {
        return distributions(cuts, municipalityCode, construct, sector, counts(waveId, List.of(municipalityCode), construct)
                .getOrDefault(municipalityCode, Map.of()).getOrDefault(construct, List.of()));
    }

    private static Object[] parameters(long waveId, Collection<Integer> municipalities, String construct) {
        List<Object> params = new ArrayList<>();
        params.add(waveId);
        params.addAll(municipalities);
        params.add(construct);
        params.add(construct);
        return params.toArray();
    }

    private static List<ItemDistribution> distributions(PublishedCuts cuts, int municipalityCode, Construct construct,
                                                        Sector sector, List<Count> counts) {
        Map<ItemCut, Integer> respondents = new LinkedHashMap<>();
        counts.stream().sorted(Comparator.comparing(Count::item)).forEach(count -> {
            respondents.merge(new ItemCut(count.item(), null), (int) count.n(), Integer::sum);
            respondents.merge(new ItemCut(count.item(), count.sector()), (int) count.n(), Integer::sum);
        });
        Set<ItemCut> hidden = hidden(cuts, municipalityCode, construct, respondents);
        List<ItemDistribution> result = new ArrayList<>();
        respondents.keySet().stream().filter(cut -> cut.sector() == null).forEach(total -> {
            ItemCut cut = new ItemCut(total.item(), sector == null ? null : sector.name());
            int n = respondents.getOrDefault(cut, 0);
            if (n == 0 || hidden.contains(cut)) {
                result.add(new ItemDistribution(cut.item(), n, true, Map.of(), 0));
                return;
            }
            Map<Integer, Long> byScore = new TreeMap<>();
            long notRelevant = 0;
            for (Count count : counts) {
                if (count.item().equals(cut.item()) && (sector == null || count.sector().equals(sector.name()))) {
                    if (count.score() == null) {
                        notRelevant += count.n();
                    } else {
                        byScore.merge(count.score(), count.n(), Long::sum);
                    }
                }
            }
            result.add(new ItemDistribution(cut.item(), n, false, byScore, notRelevant));
        });
        result.sort(Comparator.comparing((ItemDistribution d) -> d.itemCode().replaceAll("\\d", ""))
                .thenComparingInt(d -> Integer.parseInt(d.itemCode().replaceAll("\\D", "0"))));
        return result;
    }

    private static Set<ItemCut> hidden(PublishedCuts cuts, int municipalityCode, Construct construct,
                                       Map<ItemCut, Integer> respondents) {
        List<CutSuppression.Node<ItemCut>> nodes = new ArrayList<>();
        List<ItemCut> hiddenAlready = new ArrayList<>();
        respondents.forEach((cut, n) -> {
            if (cut.sector() == null) {
                nodes.add(new CutSuppression.Node<>(cut, null, n, true));
            }
            Cut scored = cut.sector() == null ? Cut.of(municipalityCode) : Cut.of(municipalityCode, cut.sector());
            if (cuts.hides(construct, scored)) {
                hiddenAlready.add(cut);
            }
        });
        respondents.forEach((cut, n) -> {
            if (cut.sector() != null) {
                nodes.add(new CutSuppression.Node<>(cut, new ItemCut(cut.item(), null), n, true));
            }
        });
        return CutSuppression.hidden(nodes, cuts.rule().threshold(), Set.copyOf(hiddenAlready));
    }
}
