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
    private volatile Map<Long, Versions.Entry> cache;

    InstrumentCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active instruments by code (PS, RCL, RC, E). */
    public Map<String, Instrument> active() {
        Map<String, Instrument> active = new LinkedHashMap<>();
        versions().values().stream().filter(Versions.Entry::active)
                .forEach(entry -> active.put(entry.instrument().code(), entry.instrument()));
        return active;
    }

    /** Every version, active or not, by id: old answers are scored with the wording they were given. */
    public Map<Long, Instrument> allVersions() {
        Map<Long, Instrument> all = new LinkedHashMap<>();
        versions().forEach((id, entry) -> all.put(id, entry.instrument()));
        return all;
    }

    /**
     * Forgets the cached instruments; whoever loads a new wording as data calls this. Instruments
     * change a few times a year and are read on every survey opened, hence the cache.
     */
    public void refresh() {
        cache = null;
    }

    private Map<Long, Versions.Entry> versions() {
        Map<Long, Versions.Entry> current = cache;
        if (current == null) {
            Map<Long, Versions.Entry> loaded = new LinkedHashMap<>();
            load().forEach(entry -> loaded.put(entry.instrument().id(), entry));
            current = Map.copyOf(loaded);
            cache = current;
        }
        return current;
    }

    private static final class Versions {
        record Entry(Instrument instrument, boolean active) {
        }
    }

    private List<Versions.Entry> load() {
        record Row(long id, String code, int version, String construct, String nameDa, String nameEn, int min, int max,
                   String lowDa, String lowEn, String highDa, String highEn, boolean notRelevant, boolean active) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT id, code, version, construct, name_da, name_en, scale_min, scale_max, scale_low_da,
                               scale_low_en, scale_high_da, scale_high_en, allows_not_relevant, active
                        FROM survey_instrument ORDER BY code, version""")
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getString(12), rs.getBoolean(13), rs.getBoolean(14)))
                .list();
        List<Versions.Entry> instruments = new java.util.ArrayList<>();
        for (Row row : rows) {
            List<Item> items = jdbc.sql("""
                            SELECT id, item_code, position, text_da, text_en, reverse_scored FROM survey_item
                            WHERE instrument_id = ? ORDER BY position""")
                    .param(row.id())
                    .query((rs, n) -> new Item(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5), rs.getBoolean(6)))
                    .list();
            instruments.add(new Versions.Entry(new Instrument(row.id(), row.code(), row.version(),
                    Construct.valueOf(row.construct()), row.nameDa(), row.nameEn(), row.min(), row.max(), row.lowDa(),
                    row.lowEn(), row.highDa(), row.highEn(), row.notRelevant(), items), row.active()));
        }
        return instruments;
    }

    /** The items a wave of this kind asks in this month, in order. */
    public List<PulseComposer.AskedItem> pulse(WaveKind kind, java.time.YearMonth month) {
        Map<String, Instrument> instruments = active();
        return PulseComposer.compose(kind, month, instruments.get("PS"), instruments.get("RCL"), instruments.get("RC"));
    }
}
