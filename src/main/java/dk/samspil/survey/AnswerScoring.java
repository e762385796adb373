package dk.samspil.survey;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a wave's answers and scores every respondent (the live path, and what fills the cells). */
@Component
class AnswerScoring {

    private final JdbcClient jdbc;
    private final InstrumentCatalogue instruments;

    AnswerScoring(JdbcClient jdbc, InstrumentCatalogue instruments) {
        this.jdbc = jdbc;
        this.instruments = instruments;
    }

    /**
     * Every scored respondent of a wave, of one municipality or (null) all. STRAIGHT_JOIN keeps the
     * join in the order the wave filter wants (responses of the wave, their answers, their items):
     * right after the demo's bulk load InnoDB's statistics lag behind, and on the national set the
     * first waves then took about 10 s each to read instead of the 0.15 s they took once the
     * statistics had caught up.
     */
    List<RespondentScores.Scored> scored(long waveId, Integer municipalityCode) {
        List<RespondentScores.AnswerRow> rows = jdbc.sql("""
                        SELECT STRAIGHT_JOIN r.id, r.municipality_code, r.sector_code, r.target_sector_code, i.instrument_id,
                               a.item_id, a.score
                        FROM survey_response r
                        JOIN survey_answer a ON a.response_id = r.id
                        JOIN survey_item i ON i.id = a.item_id
                        WHERE r.wave_id = :wave AND (:municipality IS NULL OR r.municipality_code = :municipality)""")
                .param("wave", waveId).param("municipality", municipalityCode)
                .query((rs, n) -> new RespondentScores.AnswerRow(AnswerSetId.of(rs.getBytes(1)), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getObject(7, Integer.class)))
                .list();
        return RespondentScores.of(rows, instruments.allVersions());
    }
}
