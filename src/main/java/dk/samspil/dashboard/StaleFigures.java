package dk.samspil.dashboard;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The markers of V014: which municipalities' monthly figures wait for a rebuild. Set in the
 * transaction that changed the raw rows, cleared in the transaction of the rebuild that caught up,
 * so a rebuild that fails, or never ran because the process stopped, is still known afterwards.
 */
@Repository
class StaleFigures {

    private final JdbcClient jdbc;

    StaleFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Joins the caller's transaction: the import's, so the marker commits exactly when the rows do. */
    @Transactional(propagation = Propagation.MANDATORY)
    void mark(Collection<Integer> municipalities) {
        for (int municipality : municipalities) {
            jdbc.sql("""
                            INSERT INTO monthly_figures_stale (municipality_code, stale_since) VALUES (?, UTC_TIMESTAMP(3))
                            ON DUPLICATE KEY UPDATE marks = marks + 1""")
                    .param(municipality).update();
        }
    }

    /** Every marker, or (not null) those of these municipalities. */
    List<StaleScope> stale(Collection<Integer> only) {
        return jdbc.sql("""
                        SELECT municipality_code, marks, stale_since, failed_attempts, last_failure
                        FROM monthly_figures_stale
                        WHERE (:all OR municipality_code IN (:only)) ORDER BY municipality_code""")
                .param("all", only == null).param("only", only == null || only.isEmpty() ? List.of(-1) : only)
                .query((rs, row) -> new StaleScope(rs.getInt(1), rs.getInt(2),
                        rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getInt(4), rs.getString(5)))
                .list();
    }

    /**
     * Deletes the markers the rebuild started from, in its transaction; a marker an import bumped
     * meanwhile stays, since the rebuild may not have seen that import's rows.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void caughtUp(Collection<StaleScope> scopes) {
        for (StaleScope scope : scopes) {
            jdbc.sql("DELETE FROM monthly_figures_stale WHERE municipality_code = ? AND marks = ?")
                    .params(scope.municipalityCode(), scope.marks()).update();
        }
    }

    /** Records a failed rebuild in a transaction of its own: the rebuild's own has rolled back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(StaleScope scope, String reason) {
        String shortReason = reason == null ? "" : reason.length() > 300 ? reason.substring(0, 300) : reason;
        jdbc.sql("""
                        UPDATE monthly_figures_stale
                        SET failed_attempts = failed_attempts + 1, last_attempt_at = UTC_TIMESTAMP(3), last_failure = ?
                        WHERE municipality_code = ?""")
                .params(shortReason, scope.municipalityCode()).update();
    }
}
