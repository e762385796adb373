package dk.samspil.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The active version of each instrument, with its items, from the database. */
@Service
@Transactional(readOnly = true)
public class InstrumentCatalogue {

    private final JdbcClient jdbc;

    InstrumentCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active instruments by code (PS, RCL, RC, E). */
    public Map<String, Instrument> active() {
        Map<String, Instrument> active = new LinkedHashMap<>();
        load("WHERE active").forEach(instrument -> active.put(instrument.code(), instrument));
        return active;
    }

    /** Every version, active or not, by id: old answers are scored with the wording they were given. */
    public Map<Long, Instrument> allVersions() {
        Map<Long, Instrument> all = new LinkedHashMap<>();
        load("").forEach(instrument -> all.put(instrument.id(), instrument));
        return all;
    }

    private List<Instrument> load(String where) {
        record Row(long id, String code, int version, String construct, String nameDa, String nameEn, int min, int max,
                   String lowDa, String lowEn, String highDa, String highEn, boolean notRelevant) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT id, code, version, construct, name_da, name_en, scale_min, scale_max, scale_low_da,
                               scale_low_en, scale_high_da, scale_high_en, allows_not_relevant
                        FROM survey_instrument\s""" + where + " ORDER BY code, version")
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getString(12), rs.getBoolean(13)))
                .list();
        List<Instrument> instruments = new java.util.ArrayList<>();
        for (Row row : rows) {
            List<Item> items = jdbc.sql("""
                            SELECT id, item_code, position, text_da, text_en, reverse_scored FROM survey_item
                            WHERE instrument_id = ? ORDER BY position""")
                    .param(row.id())
                    .query((rs, n) -> new Item(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5), rs.getBoolean(6)))
                    .list();
            instruments.add(new Instrument(row.id(), row.code(), row.version(),
                    Construct.valueOf(row.construct()), row.nameDa(), row.nameEn(), row.min(), row.max(), row.lowDa(),
                    row.lowEn(), row.highDa(), row.highEn(), row.notRelevant(), items));
        }
        return instruments;
    }

    /** The items a wave of this kind asks in this month, in order. */
    public List<PulseComposer.AskedItem> pulse(WaveKind kind, java.time.YearMonth month) {
        Map<String, Instrument> instruments = active();
        return PulseComposer.compose(kind, month, instruments.get("PS"), instruments.get("RCL"), instruments.get("RC"));
    }
}
