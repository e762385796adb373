package dk.samspil.survey;

import java.util.function.Function;

/**
 * How score sums are grouped: the same key read from the cells (a SQL expression) and from
 * respondents scored live, so both paths give the same groups.
 */
enum ScoreCut {
    MUNICIPALITY("CAST(municipality_code AS CHAR)", s -> String.valueOf(s.municipalityCode())),
    SECTOR("sector_code", RespondentScores.Scored::sectorCode),
    CONSTRUCT("construct", s -> s.construct().name()),
    /** Respondent sector and rated sector, "FROM>TO"; "FROM>" where no sector was rated. */
    TIE("CONCAT(sector_code, '>', target_sector_code)",
            s -> s.sectorCode() + ">" + (s.targetSectorCode() == null ? "" : s.targetSectorCode()));

    static final String TIE_SEPARATOR = ">";

    private final String column;
    private final Function<RespondentScores.Scored, String> key;

    ScoreCut(String column, Function<RespondentScores.Scored, String> key) {
        this.column = column;
        this.key = key;
    }

    /** A fixed SQL expression, never user input. */
    String column() {
        return column;
    }

    String keyOf(RespondentScores.Scored scored) {
        return key.apply(scored);
    }
}
