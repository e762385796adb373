package dk.samspil.survey;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.samspil.municipality.Sector;
import dk.samspil.security.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door to survey answers: everything that shows or exports survey results comes through
 * here, scored and with the anonymity rule applied to every cut (an architecture test checks that
 * nothing else reads the answer tables). Every figure of a wave is read from the wave's
 * {@link PublishedCuts}, suppressed once over the whole hierarchy of programme, municipalities,
 * sectors and ties, so the Culture page, the Overview, the thank-you page and the CSV hide the same
 * groups. Only closed waves have figures: the trends read closed waves only, a method given an open
 * wave throws {@link SurveyProblem} {@code survey.problem.results-while-open}, and only
 * {@link #responseCounts} answers for an open wave (docs/decisions/0011).
 */
@Service
@Transactional(readOnly = true)
public class SurveyResults {

    static final String TOTAL = "TOTAL";

    private final JdbcClient jdbc;
    private final WaveCuts waves;
    private final ItemCuts items;
    private final AnonymityRule rule;
    private final UserAccounts accounts;
    private final java.time.Clock clock;

    SurveyResults(JdbcClient jdbc, WaveCuts waves, ItemCuts items, UserAccounts accounts, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accounts = accounts;
        this.waves = waves;
        this.items = items;
        this.rule = waves.rule();
    }

    public int threshold() {
        return rule.threshold();
    }

    /**
     * Responses so far per municipality and sector of a wave, with the response rate; small counts
     * only as "fewer than". The one thing an open wave shows: a count is not an answer.
     */
    public List<ResponseCount> responseCounts(long waveId) {
        return jdbc.sql("""
                        SELECT g.municipality_code, g.sector_code, SUM(g.answers) AS n, SUM(g.links) AS links,
                               MAX(c.channel) AS channel FROM (
                            SELECT municipality_code, sector_code, COUNT(*) AS answers, 0 AS links FROM survey_response
                            WHERE wave_id = :wave GROUP BY municipality_code, sector_code
                            UNION ALL
                            SELECT municipality_code, sector_code, 0, COUNT(*) FROM survey_invitation
                            WHERE wave_id = :wave GROUP BY municipality_code, sector_code) g
                        LEFT JOIN survey_channel c ON c.wave_id = :wave AND c.municipality_code = g.municipality_code
                                                  AND c.sector_code = g.sector_code
                        GROUP BY g.municipality_code, g.sector_code ORDER BY g.municipality_code, g.sector_code""")
                .param("wave", waveId)
                .query((rs, row) -> {
                    int municipality = rs.getInt("municipality_code");
                    String sector = rs.getString("sector_code");
                    int n = rs.getInt("n");
                    if (!rule.shows(n)) {
                        return new ResponseCount(municipality, sector, null, true, null);
                    }
                    // who could have answered is who the sector's one channel reaches (docs/decisions/0012)
                    String channel = rs.getString("channel");
                    long links = rs.getLong("links");
                    long couldAnswer = AnswerChannel.LINKS.name().equals(channel) ? links
                            : AnswerChannel.APP.name().equals(channel) ? accounts.professionals(municipality, sector)
                            : links + accounts.professionals(municipality, sector);
                    Integer rate = couldAnswer == 0 || n > couldAnswer ? null : (int) Math.round(100.0 * n / couldAnswer);
                    return new ResponseCount(municipality, sector, n, false, rate);
                })
                .list();
    }

    /**
     * A municipality's score per construct in a wave, for the constructs anyone in it scored on; as
     * the wave's suppression has it, so the thank-you page hides what the Culture page hides.
     */
    public Map<Construct, GroupScore> municipalityScores(long waveId, int municipalityCode) {
        PublishedCuts cuts = waves.of(waveId);
        Map<Construct, GroupScore> result = new EnumMap<>(Construct.class);
        for (Construct construct : Construct.values()) {
            GroupScore score = cuts.score(construct, Cut.of(municipalityCode), String.valueOf(municipalityCode));
            if (score.n() > 0) {
                result.put(construct, score);
            }
        }
        return result;
    }

    /**
     * One construct in one municipality and wave, by the respondents' sector, with the total last.
     * Complementary suppression keeps a hidden sector from being worked out from the total.
     */
    public List<GroupScore> sectorScores(long waveId, int municipalityCode, Construct construct) {
        PublishedCuts cuts = waves.of(waveId);
        List<GroupScore> scores = new ArrayList<>();
        for (Sector sector : Sector.values()) {
            scores.add(cuts.score(construct, Cut.of(municipalityCode, sector.name()), sector.name()));
        }
        scores.add(cuts.score(construct, Cut.of(municipalityCode), TOTAL));
        return scores;
    }

    /**
     * One construct across the wave's municipalities, with the programme total last; a small
     * municipality is hidden, and so is the next smallest where the total would give it away.
     */
    public List<GroupScore> municipalityComparison(long waveId, Construct construct) {
        List<Integer> municipalities = jdbc.sql("""
                        SELECT w.municipality_code FROM survey_wave_municipality w
                        JOIN municipality m ON m.code = w.municipality_code
                        WHERE w.wave_id = ? ORDER BY m.name COLLATE utf8mb4_danish_ci""")
                .param(waveId).query(Integer.class).list();
        PublishedCuts cuts = waves.of(waveId);
        List<GroupScore> scores = new ArrayList<>();
        municipalities.forEach(code -> scores.add(cuts.score(construct, Cut.of(code), String.valueOf(code))));
        scores.add(cuts.score(construct, Cut.PROGRAMME, TOTAL));
        return scores;
    }

    /** A municipality's score on a construct in its last closed waves, oldest first; each wave as its suppression has it. */
    public List<GroupScore> trend(int municipalityCode, Construct construct, int waves) {
        List<GroupScore> trend = new ArrayList<>();
        lastClosedWaves(municipalityCode, waves).forEach((waveId, period) ->
                trend.add(this.waves.of(waveId).score(construct, Cut.of(municipalityCode), period)));
        return trend;
    }

    /**
     * A municipality's score on a construct in each closed wave whose month lies in [from, to],
     * oldest first; each wave as its suppression has it (for run charts of survey scores).
     */
    public List<GroupScore> trend(int municipalityCode, Construct construct, YearMonth from, YearMonth to) {
        return trendBetween(municipalityCode, construct, from, to);
    }

    /** The programme's score on a construct in each closed wave in [from, to], oldest first. */
    public List<GroupScore> programmeTrend(Construct construct, YearMonth from, YearMonth to) {
        return trendBetween(null, construct, from, to);
    }

    private List<GroupScore> trendBetween(Integer municipalityCode, Construct construct, YearMonth from, YearMonth to) {
        Cut cut = municipalityCode == null ? Cut.PROGRAMME : Cut.of(municipalityCode);
        List<GroupScore> trend = new ArrayList<>();
        jdbc.sql("""
                        SELECT w.id, DATE_FORMAT(w.period, '%Y-%m') FROM survey_wave w
                        WHERE w.status = 'CLOSED' AND w.period BETWEEN :from AND :to
                          AND (:municipality IS NULL OR EXISTS (SELECT 1 FROM survey_wave_municipality m
                                                                WHERE m.wave_id = w.id AND m.municipality_code = :municipality))
                        ORDER BY w.period, w.id""")
                .param("municipality", municipalityCode).param("from", from.atDay(1)).param("to", to.atDay(1))
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .forEach(wave -> trend.add(waves.of(wave.getKey()).score(construct, cut, wave.getValue())));
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
        lastClosedWaves(municipalityCode, waves).forEach((waveId, period) ->
                trend.add(this.waves.of(waveId).score(construct, Cut.of(municipalityCode, sector.name()), period)));
        return trend;
    }

    /**
     * The relational-coordination ties of a municipality in a wave: each respondent sector's mean
     * score for each sector it rated. The ties of a sector are the parts of that sector's RC score
     * (shown in the sector cut), in the same suppression; answers that rated no sector (imported
     * ones) are a part that is never shown.
     */
    public List<Tie> ties(long waveId, int municipalityCode) {
        PublishedCuts cuts = waves.of(waveId);
        List<Tie> ties = new ArrayList<>();
        for (Sector from : Sector.values()) {
            for (Sector to : Sector.values()) {
                if (to != from) {
                    ties.add(new Tie(from, to, cuts.score(Construct.RELATIONAL_COORDINATION,
                            Cut.tie(municipalityCode, from.name(), to.name()), to.name())));
                }
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
     * Likert bars), as {@link #itemDistributions} shows it for the whole municipality.
     */
    public ItemDistribution itemDistribution(long waveId, int municipalityCode, String itemCode) {
        Construct construct = jdbc.sql("""
                        SELECT s.construct FROM survey_item i JOIN survey_instrument s ON s.id = i.instrument_id
                        WHERE i.item_code = ? LIMIT 1""")
                .param(itemCode).query(String.class).optional().map(Construct::valueOf).orElse(null);
        return construct == null ? new ItemDistribution(itemCode, 0, true, Map.of(), 0)
                : itemDistributions(waveId, municipalityCode, construct, null).stream()
                        .filter(item -> item.itemCode().equals(itemCode)).findFirst()
                        .orElse(new ItemDistribution(itemCode, 0, true, Map.of(), 0));
    }

    /**
     * How the answers to each item of a construct spread over the scale in one municipality and
     * wave, items in code order, only those asked in the wave. With a sector, that sector's answers
     * only. A group hidden in the wave's scores is hidden in its items, and the sectors of an item
     * are the parts of the municipality's distribution in a suppression of their own, so a sector's
     * bars cannot be subtracted from the municipality's to find a small group.
     */
    public List<ItemDistribution> itemDistributions(long waveId, int municipalityCode, Construct construct,
                                                    Sector sector) {
        return items.distributions(waves.of(waveId), waveId, municipalityCode, construct, sector);
    }

    /** One construct across the municipalities with closed waves in a pool, with the programme total last. */
    public List<GroupScore> municipalityComparison(Pool pool, Construct construct) {
        PooledCuts cuts = cuts(pool);
        List<Integer> municipalities = jdbc.sql("""
                        SELECT DISTINCT w.municipality_code, m.name FROM survey_wave_municipality w
                        JOIN survey_wave s ON s.id = w.wave_id
                        JOIN municipality m ON m.code = w.municipality_code
                        WHERE s.status = 'CLOSED' AND s.period BETWEEN ? AND ? ORDER BY m.name COLLATE utf8mb4_danish_ci""")
                .params(pool.first().atDay(1), pool.last().atDay(1)).query((rs, row) -> rs.getInt(1)).list();
        List<GroupScore> scores = new ArrayList<>();
        municipalities.forEach(code -> scores.add(cuts.score(construct, Cut.of(code), String.valueOf(code))));
        scores.add(cuts.score(construct, Cut.PROGRAMME, TOTAL));
        return scores;
    }

    /**
     * One construct by sector in a pool, for a municipality or (null) the whole programme — whose
     * sectors and ties are shown for pools only (docs/decisions/0028) — with the total last.
     */
    public List<GroupScore> sectorScores(Pool pool, Integer municipalityCode, Construct construct) {
        return sectorScores(cuts(pool), municipalityCode, construct);
    }

    /** The relational-coordination ties in a pool, of a municipality or (null) of the whole programme. */
    public List<Tie> ties(Pool pool, Integer municipalityCode) {
        return ties(cuts(pool), municipalityCode);
    }

    private static List<GroupScore> sectorScores(PooledCuts cuts, Integer municipalityCode, Construct construct) {
        List<GroupScore> scores = new ArrayList<>();
        for (Sector sector : Sector.values()) {
            scores.add(cuts.score(construct, new Cut(municipalityCode, sector.name(), null), sector.name()));
        }
        scores.add(cuts.score(construct, municipalityCode == null ? Cut.PROGRAMME : Cut.of(municipalityCode), TOTAL));
        return scores;
    }

    private static List<Tie> ties(PooledCuts cuts, Integer municipalityCode) {
        List<Tie> ties = new ArrayList<>();
        for (Sector from : Sector.values()) {
            for (Sector to : Sector.values()) {
                if (to != from) {
                    ties.add(new Tie(from, to, cuts.score(Construct.RELATIONAL_COORDINATION,
                            new Cut(municipalityCode, from.name(), to.name()), to.name())));
                }
            }
        }
        return ties;
    }

    /**
     * The newest pool of this length that may be shown for a municipality (null: the programme):
     * a calendar period that is over, holds a closed wave of the municipality and no open wave —
     * a pool never changes once shown, or one version minus the other would be the wave that came
     * in between (docs/decisions/0011, 0028).
     */
    public Optional<Pool> newestPool(Pooling pooling, Integer municipalityCode) {
        YearMonth now = YearMonth.now(clock);
        List<Map.Entry<YearMonth, String>> all = waveMonths(null);
        return waveMonths(municipalityCode).stream().filter(wave -> "CLOSED".equals(wave.getValue()))
                .map(wave -> Pool.holding(pooling, wave.getKey())).distinct()
                .filter(pool -> shows(pool, now, all))
                .max(java.util.Comparator.comparing(Pool::first));
    }

    private static boolean shows(Pool pool, YearMonth now, List<Map.Entry<YearMonth, String>> waves) {
        return pool.last().isBefore(now) && waves.stream().noneMatch(wave -> !"CLOSED".equals(wave.getValue())
                && !wave.getKey().isBefore(pool.first()) && !wave.getKey().isAfter(pool.last()));
    }

    private List<Map.Entry<YearMonth, String>> waveMonths(Integer municipalityCode) {
        return jdbc.sql("""
                        SELECT w.period, w.status FROM survey_wave w
                        WHERE :municipality IS NULL OR EXISTS (SELECT 1 FROM survey_wave_municipality m
                                                               WHERE m.wave_id = w.id AND m.municipality_code = :municipality)""")
                .param("municipality", municipalityCode)
                .query((rs, row) -> Map.entry(YearMonth.from(rs.getObject(1, java.time.LocalDate.class)), rs.getString(2)))
                .list();
    }

    /** A pool's cuts, built from its nested halves down to its quarters' closed waves. */
    private PooledCuts cuts(Pool pool) {
        if (!shows(pool, YearMonth.now(clock), waveMonths(null))) {
            throw new SurveyProblem("survey.problem.results-while-open");
        }
        return build(pool);
    }

    private PooledCuts build(Pool pool) {
        if (pool.pooling() == Pooling.QUARTER) {
            List<PooledCuts> parts = jdbc.sql("""
                            SELECT id FROM survey_wave WHERE status = 'CLOSED' AND period BETWEEN ? AND ?
                            ORDER BY period, id""")
                    .params(pool.first().atDay(1), pool.last().atDay(1)).query(Long.class).list().stream()
                    .map(id -> PooledCuts.ofWave(waves.of(id))).toList();
            return PooledCuts.pool(parts, rule);
        }
        return PooledCuts.pool(pool.halves().stream().map(this::build).toList(), rule);
    }

    /**
     * The wave a page opens on: the newest closed wave with results for the scope — one that
     * includes the municipality, or for the programme one that includes at least half as many
     * municipalities as the widest wave, so that one small wave of a single municipality does not
     * become everyone's default.
     */
    public Optional<Long> defaultWave(Integer municipalityCode) {
        List<long[]> waves = jdbc.sql("""
                        SELECT w.id, COUNT(m.municipality_code), SUM(m.municipality_code = :municipality)
                        FROM survey_wave w JOIN survey_wave_municipality m ON m.wave_id = w.id
                        WHERE w.status = 'CLOSED' GROUP BY w.id, w.period ORDER BY w.period DESC, w.id DESC""")
                .param("municipality", municipalityCode == null ? -1 : municipalityCode)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).list();
        long widest = waves.stream().mapToLong(wave -> wave[1]).max().orElse(0);
        return waves.stream().filter(wave -> municipalityCode == null ? wave[1] * 2 >= widest : wave[2] > 0)
                .map(wave -> wave[0]).findFirst();
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
