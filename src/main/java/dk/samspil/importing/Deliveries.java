package dk.samspil.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.samspil.base.StoredTime;

import dk.samspil.importing.file.FileKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which files each municipality has delivered for which months, from the completed imports: the
 * completeness of a period's figures, as a report's cover states it. Metadata only, no row of a file.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('STEERING', 'MUNICIPAL_LEAD', 'DATA_MANAGER')")
public class Deliveries {

    /** One kind of file delivered by one municipality for one month (its period's month). */
    public record Delivery(int municipalityCode, String kind, YearMonth month) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Deliveries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The newest completed import that delivered one kind of file for one municipality and month: which
     * job, which file, when it finished (UTC as stored, shown in the clock's zone).
     */
    public record DeliveredFile(int municipalityCode, String kind, YearMonth month, long importId, String fileName,
                                LocalDateTime finishedAt) {
    }

    /**
     * Each municipality a completed import delivered for: the ones of import_municipality (V033, a
     * region-wide file counts for each municipality it holds), else — imports from before it, and the
     * demo's history — import_record's own municipality.
     */
    private static final String DELIVERED = """
            SELECT COALESCE(im.municipality_code, r.municipality_code) AS municipality_code, r.kind, r.period,
                   r.id, r.file_name, r.finished_at
            FROM import_record r LEFT JOIN import_municipality im ON im.import_id = r.id
            WHERE r.status = 'COMPLETED' AND (im.municipality_code IS NOT NULL OR r.municipality_code IS NOT NULL)
              AND r.period >= :from AND r.period < :until""";

    /** Each municipality × kind × month in [from, to] with at least one completed import, in no order. */
    public List<Delivery> completed(YearMonth from, YearMonth to) {
        return files(from, to).stream().map(f -> new Delivery(f.municipalityCode(), f.kind(), f.month())).toList();
    }

    /** The newest completed import of each municipality × kind × month in [from, to], in no order. */
    public List<DeliveredFile> files(YearMonth from, YearMonth to) {
        Map<String, DeliveredFile> newest = new HashMap<>();
        jdbc.sql(DELIVERED + " ORDER BY r.finished_at, r.id")
                .param("from", from.atDay(1)).param("until", to.plusMonths(1).atDay(1))
                .query((rs, n) -> new DeliveredFile(rs.getInt("municipality_code"), rs.getString("kind"),
                        YearMonth.from(rs.getObject("period", LocalDate.class)), rs.getLong("id"),
                        rs.getString("file_name"),
                        StoredTime.shown(rs.getObject("finished_at", LocalDateTime.class), clock.getZone())))
                .list()
                .forEach(f -> newest.put(f.municipalityCode() + "|" + f.kind() + "|" + f.month(), f));
        return List.copyOf(newest.values());
    }

    /** The file kinds as the import history writes them, in the order of the data contract. */
    public static List<String> kinds() {
        return Arrays.stream(FileKind.values()).map(FileKind::fileName).toList();
    }
}
