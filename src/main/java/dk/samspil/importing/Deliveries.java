package dk.samspil.importing;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

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

    Deliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each municipality × kind × month in [from, to] with at least one completed import, in no order. */
    public List<Delivery> completed(YearMonth from, YearMonth to) {
        return jdbc.sql("""
                        SELECT DISTINCT municipality_code, kind, YEAR(period) AS y, MONTH(period) AS m FROM import_record
                        WHERE status = 'COMPLETED' AND municipality_code IS NOT NULL
                          AND period >= :from AND period < :until""")
                .param("from", from.atDay(1)).param("until", to.plusMonths(1).atDay(1))
                .query((rs, n) -> new Delivery(rs.getInt(1), rs.getString(2), YearMonth.of(rs.getInt(3), rs.getInt(4))))
                .list();
    }

    /** The file kinds as the import history writes them, in the order of the data contract. */
    public static List<String> kinds() {
        return Arrays.stream(FileKind.values()).map(FileKind::fileName).toList();
    }
}
