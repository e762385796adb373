package dk.samspil.survey;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
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
        Map<String, List<Double>> bySector = new TreeMap<>(scored.stream().collect(Collectors.groupingBy(
                RespondentScores.Scored::sectorCode, Collectors.mapping(RespondentScores.Scored::score, Collectors.toList()))));
        List<GroupScore> siblings = new ArrayList<>();
        for (Sector sector : Sector.values()) {
            siblings.add(GroupScore.of(sector.name(), bySector.getOrDefault(sector.name(), List.of())));
        }
        GroupScore total = GroupScore.of(TOTAL, scored.stream().map(RespondentScores.Scored::score).toList());
        if (!rule.shows(total.n())) {
            List<GroupScore> hidden = new ArrayList<>(siblings.stream().map(g -> g.n() == 0 ? g : g.suppress()).toList());
            hidden.add(total.n() == 0 ? total : total.suppress());
            return hidden;
        }
        List<GroupScore> shown = new ArrayList<>(rule.apply(siblings));
        shown.add(total);
        return shown;
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

    private List<RespondentScores.Scored> scored(long waveId, int municipalityCode) {
        List<RespondentScores.AnswerRow> rows = jdbc.sql("""
                        SELECT r.id, r.municipality_code, r.sector_code, i.instrument_id, a.item_id, a.score
                        FROM survey_response r
                        JOIN survey_answer a ON a.response_id = r.id
                        JOIN survey_item i ON i.id = a.item_id
                        WHERE r.wave_id = ? AND r.municipality_code = ?""")
                .params(waveId, municipalityCode)
                .query((rs, n) -> new RespondentScores.AnswerRow(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getLong(4), rs.getLong(5), rs.getObject(6, Integer.class)))
                .list();
        return RespondentScores.of(rows, instruments.allVersions());
    }
}
