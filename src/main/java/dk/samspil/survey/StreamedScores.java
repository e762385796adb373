package dk.samspil.survey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The score cells and the item counts of an import's answers, tallied from the stream while it is
 * loaded (docs/decisions/0029), so that no second pass over the million answers just loaded is
 * needed. Memory is bounded by the cells (wave × municipality × sector × construct) and the counts
 * (× item × score), a few thousand entries whatever the size of the file; the answer set being read
 * is the only per-respondent state. The scoring rule is {@link RespondentScore}'s, as in
 * {@link ScoreCells}' SQL: per answer set and instrument the mean of the answered items after
 * reversing (an imported answer always has a score, so the half-answered condition always holds).
 * <p>
 * Only right when each answer set's rows are adjacent in the file: the caller checks that (the
 * answer sets loaded must be as many as the runs of rows) and otherwise fills from SQL.
 */
final class StreamedScores {

    /** An item, with its place in a group's counts: {@code offset + score - min}. */
    private record ItemInfo(int instrument, Construct construct, String code, boolean reverse, int min, int max,
                            int offset) {
    }

    private record CellKey(long wave, int municipality, String sector, Construct construct) {
    }

    /** The answer sets of one wave, municipality and sector: their answers counted by item and score. */
    private record GroupKey(long wave, int municipality, String sector) {
    }

    private final Map<Long, ItemInfo> items = new HashMap<>();
    private final Construct[] constructs;
    private final Map<CellKey, double[]> cells = new HashMap<>();
    /** Per group, one count per item and score, laid out by {@link ItemInfo#offset()}: no map look-up an answer. */
    private final Map<GroupKey, long[]> counts = new HashMap<>();
    private final int countWidth;
    private long[] groupCounts;
    private final double[] setSums;
    private final int[] setCounts;
    private long wave = -1;
    private int municipality;
    private String sector;

    StreamedScores(Collection<Instrument> instruments) {
        List<Instrument> all = List.copyOf(instruments);
        constructs = new Construct[all.size()];
        int offset = 0;
        for (int i = 0; i < all.size(); i++) {
            Instrument instrument = all.get(i);
            constructs[i] = instrument.construct();
            for (Item item : instrument.items()) {
                items.put(item.id(), new ItemInfo(i, instrument.construct(), item.code(), item.reverseScored(),
                        instrument.scaleMin(), instrument.scaleMax(), offset));
                offset += instrument.scaleMax() - instrument.scaleMin() + 1;
            }
        }
        countWidth = offset;
        setSums = new double[all.size()];
        setCounts = new int[all.size()];
    }

    /**
     * A new answer set begins (the one before is complete). The wave is the set's municipality and
     * month ({@link AnswerLoad#waveKey}): the stream comes before the waves are looked up.
     */
    void startSet(long waveKey, int municipalityCode, String sectorCode) {
        endSet();
        wave = waveKey;
        municipality = municipalityCode;
        sector = sectorCode;
        groupCounts = counts.computeIfAbsent(new GroupKey(waveKey, municipalityCode, sectorCode),
                key -> new long[countWidth]);
    }

    /** One answer of the current set. */
    void answer(long itemId, int score) {
        ItemInfo item = items.get(itemId);
        setSums[item.instrument()] += item.reverse() ? item.min() + item.max() - score : score;
        setCounts[item.instrument()]++;
        groupCounts[item.offset() + score - item.min()]++;
    }

    /** After the last answer. */
    void finish() {
        endSet();
        wave = -1;
    }

    private void endSet() {
        if (wave < 0) {
            return;
        }
        for (int i = 0; i < setCounts.length; i++) {
            if (setCounts[i] > 0) {
                // integer sum then one division, as the SQL's CAST(SUM(…) AS DOUBLE) / COUNT(…)
                double score = setSums[i] / setCounts[i];
                double[] cell = cells.computeIfAbsent(new CellKey(wave, municipality, sector, constructs[i]),
                        key -> new double[3]);
                cell[0]++;
                cell[1] += score;
                cell[2] += score * score;
            }
            setSums[i] = 0;
            setCounts[i] = 0;
        }
    }

    /**
     * A wave's cells from the stream, the wave given by its municipalities' {@link AnswerLoad#waveKey}s;
     * imported answer sets rate no sector, so the target is "".
     */
    List<ScoreCell> cells(Set<Long> waveKeys) {
        List<ScoreCell> result = new ArrayList<>();
        cells.forEach((key, sums) -> {
            if (waveKeys.contains(key.wave())) {
                result.add(new ScoreCell(key.municipality(), key.sector(), "", key.construct(),
                        new ScoreSums((int) sums[0], sums[1], sums[2])));
            }
        });
        return result;
    }

    /** A wave's item counts from the stream, shaped as {@link ItemCuts#counts}; the wave as in {@link #cells}. */
    Map<Integer, Map<Construct, List<ItemCuts.Count>>> counts(Set<Long> waveKeys) {
        Map<Integer, Map<Construct, List<ItemCuts.Count>>> result = new HashMap<>();
        counts.forEach((key, n) -> {
            if (waveKeys.contains(key.wave())) {
                for (ItemInfo item : items.values()) {
                    for (int score = item.min(); score <= item.max(); score++) {
                        long count = n[item.offset() + score - item.min()];
                        if (count > 0) {
                            result.computeIfAbsent(key.municipality(), m -> new EnumMap<>(Construct.class))
                                    .computeIfAbsent(item.construct(), c -> new ArrayList<>())
                                    .add(new ItemCuts.Count(key.sector(), item.code(), score, count));
                        }
                    }
                }
            }
        });
        return result;
    }
}
