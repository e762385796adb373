package dk.samspil.survey;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dk.samspil.municipality.Sector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door to survey answers: everything that shows or exports survey results comes through
 * here, scored and with the anonymity rule applied to every cut (an architecture test checks that
 * nothing else reads the answer tables).
 */
@Service
@Transactional(readOnly = true)
public class SurveyResults {

    static final String TOTAL = "TOTAL";

    private final JdbcClient jdbc;
    private final AnswerScoring scoring;
    private final ScoreCells cells;
    private final AnonymityRule rule;

    SurveyResults(JdbcClient jdbc, AnswerScoring scoring, ScoreCells cells,
                  @Value("${samspil.survey.minimum-group-size:5}") int minimumGroupSize) {
        this.jdbc = jdbc;
        this.scoring = scoring;
        this.cells = cells;
        this.rule = new AnonymityRule(minimumGroupSize);
    }

    public int threshold() {
        return rule.threshold();
    }

    /** Responses so far per municipality and sector of a wave; small counts only as "fewer than". */
    public List<ResponseCount> responseCounts(long waveId) {
        return jdbc.sql("""
                        SELECT municipality_code, sector_code, COUNT(*) AS n FROM survey_response WHERE wave_id = ?
                        GROUP BY municipality_code, sector_code ORDER BY municipality_code, sector_code""")
                .param(waveId)
                .query((rs, row) -> {
                    int n = rs.getInt("n");
                    return new ResponseCount(rs.getInt("municipality_code"), rs.getString("sector_code"),
                            rule.shows(n) ? n : null, !rule.shows(n));
                })
                .list();
    }

    /** A municipality's score per construct in a wave; each suppressed below the threshold. */
    public Map<Construct, GroupScore> municipalityScores(long waveId, int municipalityCode) {
        Map<Construct, GroupScore> result = new EnumMap<>(Construct.class);
        sums(waveId, municipalityCode, null, ScoreCut.CONSTRUCT).forEach((construct, sums) -> {
            GroupScore group = GroupScore.of(String.valueOf(municipalityCode), sums);
            result.put(Construct.valueOf(construct), rule.shows(group.n()) ? group : group.suppress());
        });
        return result;
    }

    /**
     * One construct in one municipality and wave, by the respondents' sector, with the total last.
     * Complementary suppression keeps a hidden sector from being worked out from the total.
     */
    public List<GroupScore> sectorScores(long waveId, int municipalityCode, Construct construct) {
        return withTotal(sums(waveId, municipalityCode, construct, ScoreCut.SECTOR),
                Arrays.stream(Sector.values()).map(Sector::name).toList());
    }

    /**
     * One construct across the wave's municipalities, with the programme total last; a small
     * municipality is hidden, and so is the next smallest where the total would give it away.
     */
    public List<GroupScore> municipalityComparison(long waveId, Construct construct) {
        List<String> municipalities = jdbc.sql("""
                        SELECT w.municipality_code FROM survey_wave_municipality w
                        JOIN municipality m ON m.code = w.municipality_code
                        WHERE w.wave_id = ? ORDER BY m.name COLLATE utf8mb4_danish_ci""")
                .param(waveId).query(String.class).list();
        return withTotal(sums(waveId, null, construct, ScoreCut.MUNICIPALITY), municipalities);
    }

    /** A municipality's score on a construct in its last closed waves, oldest first; each wave on its own threshold. */
    public List<GroupScore> trend(int municipalityCode, Construct construct, int waves) {
        List<GroupScore> trend = new ArrayList<>();
        lastClosedWaves(municipalityCode, waves).forEach((waveId, period) -> {
            GroupScore group = GroupScore.of(period, sums(waveId, municipalityCode, construct, ScoreCut.CONSTRUCT)
                    .getOrDefault(construct.name(), ScoreSums.NONE));
            trend.add(rule.shows(group.n()) || group.n() == 0 ? group : group.suppress());
        });
        return trend;
    }

    /**
     * A municipality's score on a construct in each closed wave whose month lies in [from, to],
     * oldest first; each wave on its own threshold (for run charts of survey scores).
     */
    public List<GroupScore> trend(int municipalityCode, Construct construct, YearMonth from, YearMonth to) {
        return trendBetween(municipalityCode, construct, from, to);
    }

    /** The programme's score on a construct in each closed wave in [from, to], oldest first. */
    public List<GroupScore> programmeTrend(Construct construct, YearMonth from, YearMonth to) {
        return trendBetween(null, construct, from, to);
    }

    /** One grouped read of the filled waves' cells; a closed wave not filled yet is scored live. */
    private List<GroupScore> trendBetween(Integer municipalityCode, Construct construct, YearMonth from, YearMonth to) {
        List<GroupScore> trend = new ArrayList<>();
        jdbc.sql("""
                        SELECT w.id, DATE_FORMAT(w.period, '%Y-%m') AS period, f.wave_id IS NOT NULL AS filled,
                               COALESCE(SUM(c.respondents), 0) AS n, COALESCE(SUM(c.score_sum), 0) AS total,
                               COALESCE(SUM(c.score_squares), 0) AS squares
                        FROM survey_wave w
                        LEFT JOIN survey_score_cell_wave f ON f.wave_id = w.id
                        LEFT JOIN survey_score_total c ON c.wave_id = w.id AND c.construct = :construct
                             AND (:municipality IS NULL OR c.municipality_code = :municipality)
                        WHERE w.status = 'CLOSED' AND w.period BETWEEN :from AND :to
                          AND (:municipality IS NULL OR EXISTS (SELECT 1 FROM survey_wave_municipality m
                                                                WHERE m.wave_id = w.id AND m.municipality_code = :municipality))
                        GROUP BY w.id, w.period, f.wave_id
                        ORDER BY w.period, w.id""")
                .param("construct", construct.name()).param("municipality", municipalityCode)
                .param("from", from.atDay(1)).param("to", to.atDay(1))
                .query(rs -> {
                    ScoreSums sums = rs.getBoolean("filled")
                            ? new ScoreSums(rs.getInt("n"), rs.getDouble("total"), rs.getDouble("squares"))
                            : sums(rs.getLong(1), municipalityCode, construct, ScoreCut.CONSTRUCT)
                                    .getOrDefault(construct.name(), ScoreSums.NONE);
                    GroupScore group = GroupScore.of(rs.getString("period"), sums);
                    trend.add(rule.shows(group.n()) || group.n() == 0 ? group : group.suppress());
                });
        return trend;
    }

    /**
     * One sector's score on a construct in a municipality's last closed waves, oldest first. Each
     * wave's figure is the one the wave's sector cut shows, complementary suppression included, so
     * this filtered view cannot be subtracted from the municipality's own trend to find a small
     * group (the rule of difference).
     */
    public List<GroupScore> sectorTrend(int municipalityCode, Sector sector, Construct construct, int waves) {
        List<GroupScore> trend = new ArrayList<>();
        lastClosedWaves(municipalityCode, waves).forEach((waveId, period) -> {
            GroupScore group = sectorScores(waveId, municipalityCode, construct).stream()
                    .filter(g -> g.group().equals(sector.name())).findFirst().orElseThrow();
            trend.add(new GroupScore(period, group.n(), group.mean(), group.low(), group.high(), group.suppressed()));
        });
        return trend;
    }

    /**
     * The relational-coordination ties of a municipality in a wave: each respondent sector's mean
     * score for each sector it rated. A row's total is that sector's RC score (shown in the sector
     * cut), so each row gets complementary suppression of its own; answers that rated no sector
     * (imported ones) count as a hidden sibling in their row.
     */
    public List<Tie> ties(long waveId, int municipalityCode) {
        Map<String, ScoreSums> byTie = sums(waveId, municipalityCode, Construct.RELATIONAL_COORDINATION, ScoreCut.TIE);
        List<Tie> ties = new ArrayList<>();
        for (Sector from : Sector.values()) {
            Map<String, ScoreSums> row = new LinkedHashMap<>();
            List<String> targets = new ArrayList<>();
            for (Sector to : Sector.values()) {
                if (to != from) {
                    targets.add(to.name());
                }
            }
            targets.add("");
            targets.forEach(to -> row.put(to, byTie.getOrDefault(from.name() + ScoreCut.TIE_SEPARATOR + to,
                    ScoreSums.NONE)));
            List<GroupScore> shown = withTotal(row, targets);
            for (int i = 0; i < targets.size() - 1; i++) {
                ties.add(new Tie(from, Sector.valueOf(targets.get(i)), shown.get(i)));
            }
        }
        return ties;
    }

    private Map<Long, String> lastClosedWaves(int municipalityCode, int waves) {
        LinkedHashMap<Long, String> periods = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT w.id, DATE_FORMAT(w.period, '%Y-%m') FROM survey_wave w
                        JOIN survey_wave_municipality m ON m.wave_id = w.id
                        WHERE m.municipality_code = ? AND w.status = 'CLOSED' ORDER BY w.period DESC, w.id DESC LIMIT ?""")
                .params(municipalityCode, waves)
                .query(rs -> {
                    periods.put(rs.getLong(1), rs.getString(2));
                });
        Map<Long, String> oldestFirst = new LinkedHashMap<>();
        periods.sequencedKeySet().reversed().forEach(id -> oldestFirst.put(id, periods.get(id)));
        return oldestFirst;
    }

    /**
     * How the answers to one item spread over its scale in one municipality and wave (for stacked
     * Likert bars). Hidden as a whole when fewer than the threshold answered the item.
     */
    public ItemDistribution itemDistribution(long waveId, int municipalityCode, String itemCode) {
        Map<Integer, Long> counts = new TreeMap<>();
        long[] notRelevant = {0};
        jdbc.sql("""
                        SELECT a.score, COUNT(*) AS n FROM survey_response r
                        JOIN survey_answer a ON a.response_id = r.id JOIN survey_item i ON i.id = a.item_id
                        WHERE r.wave_id = ? AND r.municipality_code = ? AND i.item_code = ?
                        GROUP BY a.score""")
                .params(waveId, municipalityCode, itemCode)
                .query(rs -> {
                    Integer score = rs.getObject("score", Integer.class);
                    if (score == null) {
                        notRelevant[0] = rs.getLong("n");
                    } else {
                        counts.put(score, rs.getLong("n"));
                    }
                });
        int respondents = (int) (counts.values().stream().mapToLong(Long::longValue).sum() + notRelevant[0]);
        return rule.shows(respondents)
                ? new ItemDistribution(itemCode, respondents, false, counts, notRelevant[0])
                : new ItemDistribution(itemCode, respondents, true, Map.of(), 0);
    }

    /**
     * How the answers to each item of a construct spread over the scale in one municipality and
     * wave, items in code order, only those asked in the wave. With a sector, that sector's answers
     * only, and only where the item's sector cut shows it: the sectors of an item are siblings of the
     * municipality's distribution shown beside them, so complementary suppression applies, and a
     * sector's bars cannot be subtracted from the municipality's to find a small group (the rule of
     * difference).
     */
    public List<ItemDistribution> itemDistributions(long waveId, int municipalityCode, Construct construct,
                                                    Sector sector) {
        record Count(String sector, String item, Integer score, long n) {
        }
        List<Count> counts = jdbc.sql("""
                        SELECT STRAIGHT_JOIN r.sector_code, i.item_code, a.score, COUNT(*) FROM survey_response r
                        JOIN survey_answer a ON a.response_id = r.id JOIN survey_item i ON i.id = a.item_id
                        JOIN survey_instrument s ON s.id = i.instrument_id
                        WHERE r.wave_id = ? AND r.municipality_code = ? AND s.construct = ?
                        GROUP BY r.sector_code, i.item_code, a.score""")
                .params(waveId, municipalityCode, construct.name())
                .query((rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getObject(3, Integer.class), rs.getLong(4)))
                .list();
        Map<String, List<Count>> byItem = counts.stream().collect(Collectors.groupingBy(Count::item, TreeMap::new,
                Collectors.toList()));
        List<ItemDistribution> result = new ArrayList<>();
        byItem.forEach((item, rows) -> {
            Map<String, Long> bySector = rows.stream().collect(Collectors.groupingBy(Count::sector,
                    Collectors.summingLong(Count::n)));
            List<GroupScore> siblings = Arrays.stream(Sector.values()).map(s -> new GroupScore(s.name(),
                    bySector.getOrDefault(s.name(), 0L).intValue(), null, null, null, false)).toList();
            int total = siblings.stream().mapToInt(GroupScore::n).sum();
            boolean shown = rule.shows(total) && (sector == null || rule.apply(siblings).stream()
                    .anyMatch(g -> g.group().equals(sector.name()) && g.n() > 0 && !g.suppressed()));
            int respondents = sector == null ? total : bySector.getOrDefault(sector.name(), 0L).intValue();
            if (!shown) {
                result.add(new ItemDistribution(item, respondents, true, Map.of(), 0));
                return;
            }
            Map<Integer, Long> byScore = new TreeMap<>();
            long notRelevant = 0;
            for (Count row : rows) {
                if (sector != null && !row.sector().equals(sector.name())) {
                    continue;
                }
                if (row.score() == null) {
                    notRelevant += row.n();
                } else {
                    byScore.merge(row.score(), row.n(), Long::sum);
                }
            }
            result.add(new ItemDistribution(item, respondents, false, byScore, notRelevant));
        });
        result.sort(Comparator.comparing((ItemDistribution d) -> d.itemCode().replaceAll("\\d", ""))
                .thenComparingInt(d -> Integer.parseInt(d.itemCode().replaceAll("\\D", "0"))));
        return result;
    }

    private List<GroupScore> withTotal(Map<String, ScoreSums> groups, List<String> order) {
        List<GroupScore> siblings = order.stream()
                .map(name -> GroupScore.of(name, groups.getOrDefault(name, ScoreSums.NONE))).toList();
        GroupScore total = GroupScore.of(TOTAL, groups.values().stream().reduce(ScoreSums.NONE, ScoreSums::plus));
        List<GroupScore> shown = new ArrayList<>();
        if (!rule.shows(total.n())) {
            siblings.forEach(g -> shown.add(g.n() == 0 ? g : g.suppress()));
            shown.add(total.n() == 0 ? total : total.suppress());
            return shown;
        }
        shown.addAll(rule.apply(siblings));
        shown.add(total);
        return shown;
    }

    /**
     * Score sums of a wave grouped by the cut: from the pre-aggregated cells once the wave's are
     * filled, otherwise (an open wave, or a closed one not filled yet) scored live from the answers.
     */
    private Map<String, ScoreSums> sums(long waveId, Integer municipalityCode, Construct construct, ScoreCut cut) {
        if (cells.filled(waveId)) {
            return cells.sums(waveId, municipalityCode, construct, cut);
        }
        Map<String, ScoreSums> sums = new LinkedHashMap<>();
        scoring.scored(waveId, municipalityCode).stream().filter(s -> construct == null || s.construct() == construct)
                .forEach(s -> sums.merge(cut.keyOf(s), ScoreSums.NONE.plus(s.score()), ScoreSums::plus));
        return sums;
    }

    /** Closed waves, newest first: the ones whose results may be shown. */
    public List<ClosedWave> closedWaves() {
        return jdbc.sql("SELECT id, period FROM survey_wave WHERE status = 'CLOSED' ORDER BY period DESC, id DESC")
                .query((rs, n) -> new ClosedWave(rs.getLong(1), YearMonth.from(rs.getObject(2, java.time.LocalDate.class))))
                .list();
    }

    /** A closed wave by id and month. */
    public record ClosedWave(long id, YearMonth period) {
    }

    /** The newest closed wave of a municipality before the given month, for "how we answered last time". */
    public Optional<Long> previousClosedWave(int municipalityCode, YearMonth before) {
        return jdbc.sql("""
                        SELECT w.id FROM survey_wave w JOIN survey_wave_municipality m ON m.wave_id = w.id
                        WHERE m.municipality_code = ? AND w.status = 'CLOSED' AND w.period < ?
                        ORDER BY w.period DESC LIMIT 1""")
                .params(municipalityCode, before.atDay(1))
                .query(Long.class).optional();
    }
}
