package dk.samspil.survey;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
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
    private final InstrumentCatalogue instruments;
    private final AnonymityRule rule;

    SurveyResults(JdbcClient jdbc, InstrumentCatalogue instruments,
                  @Value("${samspil.survey.minimum-group-size:5}") int minimumGroupSize) {
        this.jdbc = jdbc;
        this.instruments = instruments;
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
        Map<Construct, List<Double>> scores = new EnumMap<>(Construct.class);
        scored(waveId, municipalityCode).forEach(s -> scores.computeIfAbsent(s.construct(), c -> new ArrayList<>())
                .add(s.score()));
        Map<Construct, GroupScore> result = new EnumMap<>(Construct.class);
        scores.forEach((construct, values) -> {
            GroupScore group = GroupScore.of(String.valueOf(municipalityCode), values);
            result.put(construct, rule.shows(group.n()) ? group : group.suppress());
        });
        return result;
    }

    /**
     * One construct in one municipality and wave, by the respondents' sector, with the total last.
     * Complementary suppression keeps a hidden sector from being worked out from the total.
     */
    public List<GroupScore> sectorScores(long waveId, int municipalityCode, Construct construct) {
        List<RespondentScores.Scored> scored = scored(waveId, municipalityCode).stream()
                .filter(s -> s.construct() == construct).toList();
        return withTotal(group(scored, RespondentScores.Scored::sectorCode),
                Arrays.stream(Sector.values()).map(Sector::name).toList());
    }

    /**
     * One construct across the wave's municipalities, with the programme total last; a small
     * municipality is hidden, and so is the next smallest where the total would give it away.
     */
    public List<GroupScore> municipalityComparison(long waveId, Construct construct) {
        List<RespondentScores.Scored> scored = scored(waveId, null).stream()
                .filter(s -> s.construct() == construct).toList();
        List<String> municipalities = jdbc.sql("""
                        SELECT municipality_code FROM survey_wave_municipality WHERE wave_id = ? ORDER BY municipality_code""")
                .param(waveId).query(String.class).list();
        return withTotal(group(scored, s -> String.valueOf(s.municipalityCode())), municipalities);
    }

    /** A municipality's score on a construct in its last closed waves, oldest first; each wave on its own threshold. */
    public List<GroupScore> trend(int municipalityCode, Construct construct, int waves) {
        List<Long> waveIds = jdbc.sql("""
                        SELECT w.id FROM survey_wave w JOIN survey_wave_municipality m ON m.wave_id = w.id
                        WHERE m.municipality_code = ? AND w.status = 'CLOSED' ORDER BY w.period DESC LIMIT ?""")
                .params(municipalityCode, waves).query(Long.class).list();
        List<GroupScore> trend = new ArrayList<>();
        for (Long waveId : waveIds.reversed()) {
            List<Double> values = scored(waveId, municipalityCode).stream().filter(s -> s.construct() == construct)
                    .map(RespondentScores.Scored::score).toList();
            GroupScore group = GroupScore.of(periodOf(waveId), values);
            trend.add(rule.shows(group.n()) || group.n() == 0 ? group : group.suppress());
        }
        return trend;
    }

    /**
     * A municipality's score on a construct in each closed wave whose month lies in [from, to],
     * oldest first; each wave on its own threshold (for run charts of survey scores).
     */
    public List<GroupScore> trend(int municipalityCode, Construct construct, YearMonth from, YearMonth to) {
        return wavesBetween(municipalityCode, from, to).stream()
                .map(waveId -> shownAlone(GroupScore.of(periodOf(waveId), scores(waveId, municipalityCode, construct))))
                .toList();
    }

    /** The programme's score on a construct in each closed wave in [from, to], oldest first. */
    public List<GroupScore> programmeTrend(Construct construct, YearMonth from, YearMonth to) {
        return wavesBetween(null, from, to).stream()
                .map(waveId -> shownAlone(GroupScore.of(periodOf(waveId), scores(waveId, null, construct))))
                .toList();
    }

    private List<Long> wavesBetween(Integer municipalityCode, YearMonth from, YearMonth to) {
        return jdbc.sql("""
                        SELECT w.id FROM survey_wave w
                        WHERE w.status = 'CLOSED' AND w.period BETWEEN :from AND :to
                          AND (:municipality IS NULL OR EXISTS (SELECT 1 FROM survey_wave_municipality m
                                                                WHERE m.wave_id = w.id AND m.municipality_code = :municipality))
                        ORDER BY w.period, w.id""")
                .param("from", from.atDay(1)).param("to", to.atDay(1)).param("municipality", municipalityCode)
                .query(Long.class).list();
    }

    private List<Double> scores(long waveId, Integer municipalityCode, Construct construct) {
        return scored(waveId, municipalityCode).stream().filter(s -> s.construct() == construct)
                .map(RespondentScores.Scored::score).toList();
    }

    private GroupScore shownAlone(GroupScore group) {
        return rule.shows(group.n()) || group.n() == 0 ? group : group.suppress();
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

    private GroupScore programmeTotal(List<Double> values) {
        return GroupScore.of(TOTAL, values);
    }

    private List<GroupScore> withTotal(Map<String, List<Double>> groups, List<String> order) {
        List<GroupScore> siblings = order.stream().map(name -> GroupScore.of(name, groups.getOrDefault(name, List.of())))
                .toList();
        GroupScore total = programmeTotal(groups.values().stream().flatMap(List::stream).toList());
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

    private static Map<String, List<Double>> group(List<RespondentScores.Scored> scored,
                                                   Function<RespondentScores.Scored, String> key) {
        return scored.stream().collect(Collectors.groupingBy(key,
                Collectors.mapping(RespondentScores.Scored::score, Collectors.toList())));
    }

    private String periodOf(long waveId) {
        return jdbc.sql("SELECT DATE_FORMAT(period, '%Y-%m') FROM survey_wave WHERE id = ?").param(waveId)
                .query(String.class).single();
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

    private List<RespondentScores.Scored> scored(long waveId, Integer municipalityCode) {
        List<RespondentScores.AnswerRow> rows = jdbc.sql("""
                        SELECT r.id, r.municipality_code, r.sector_code, i.instrument_id, a.item_id, a.score
                        FROM survey_response r
                        JOIN survey_answer a ON a.response_id = r.id
                        JOIN survey_item i ON i.id = a.item_id
                        WHERE r.wave_id = :wave AND (:municipality IS NULL OR r.municipality_code = :municipality)""")
                .param("wave", waveId).param("municipality", municipalityCode)
                .query((rs, n) -> new RespondentScores.AnswerRow(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getLong(4), rs.getLong(5), rs.getObject(6, Integer.class)))
                .list();
        return RespondentScores.of(rows, instruments.allVersions());
    }
}
