package dk.samspil.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The finest cut of a wave's scores: one municipality, respondent sector, rated sector
 * ({@code ""} where none was rated, and for every construct but relational coordination) and
 * construct, with the respondents' score sums. Every published cut is a union of these.
 */
record ScoreCell(int municipalityCode, String sectorCode, String targetSectorCode, Construct construct,
                 ScoreSums sums) {

    /** Respondents scored live, summed into their cells. */
    static List<ScoreCell> of(List<RespondentScores.Scored> scored) {
        record Key(int municipality, String sector, String target, Construct construct) {
        }
        Map<Key, ScoreSums> cells = new LinkedHashMap<>();
        scored.forEach(s -> cells.merge(new Key(s.municipalityCode(), s.sectorCode(),
                s.targetSectorCode() == null ? "" : s.targetSectorCode(), s.construct()),
                ScoreSums.NONE.plus(s.score()), ScoreSums::plus));
        return cells.entrySet().stream().map(cell -> new ScoreCell(cell.getKey().municipality(), cell.getKey().sector(),
                cell.getKey().target(), cell.getKey().construct(), cell.getValue())).toList();
    }
}
