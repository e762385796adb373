package dk.samspil.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dk.samspil.importing.ImportCompleted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A rebuild of the monthly figures that fails is not lost: the import's marker stays, the failure
 * is shown, and the catch-up rebuilds the figures once the cause is gone. The failure is real: a
 * trigger makes the database refuse Fanø's meeting figures, as a broken row or a full disk would.
 */
@SpringBootTest
class FiguresCatchUpTest {

    private static final int FANOE = 563;
    private static final int ODENSE = 461;

    @Autowired
    FiguresCatchUp catchUp;
    @Autowired
    FiguresCatchUpAtStart server;
    @Autowired
    MonthlyFiguresHealthIndicator health;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void nothingStale() {
        catchUp.catchUp(null);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @AfterEach
    void repair() {
        jdbc.sql("DROP TRIGGER IF EXISTS test_refuses_fanoe").update();
    }

    @Test
    void a_failed_rebuild_leaves_the_municipality_stale_until_the_catch_up_rebuilds_it() {
        jdbc.sql("""
                CREATE TRIGGER test_refuses_fanoe BEFORE INSERT ON meeting_month_figures FOR EACH ROW
                IF NEW.municipality_code = 563 THEN
                    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'test: Fanø''s figures refused';
                END IF""").update();

        long meeting = jdbc.sql("SELECT MIN(id) FROM network_meeting WHERE municipality_code = ?").param(FANOE)
                .query(Long.class).single();
        Integer participants = jdbc.sql("SELECT participants FROM network_meeting WHERE id = ?").param(meeting)
                .query(Integer.class).optional().orElse(null);
        importChanging(meeting, participants == null || participants != 40 ? 40 : 39);

        assertThat(staleMunicipalities()).as("Odense rebuilt, Fanø refused").containsExactly(FANOE);
        assertThat(health.health().getStatus().getCode()).isEqualTo("STALE");
        assertThat(health.health().getDetails().get("municipalities").toString())
                .contains("563").contains("failedAttempts=1").contains("Fanø's figures refused");
        assertThat(meetingFigures(FANOE)).isNotEqualTo(rawMeetings(FANOE));

        assertThatCode(server::atStart).as("a start with a rebuild that still fails").doesNotThrowAnyException();
        assertThat(jdbc.sql("SELECT failed_attempts FROM monthly_figures_stale WHERE municipality_code = ?")
                .param(FANOE).query(Integer.class).single()).isEqualTo(2);

        repair();
        server.onSchedule();

        assertThat(staleMunicipalities()).isEmpty();
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(meetingFigures(FANOE)).isNotEmpty().isEqualTo(rawMeetings(FANOE));
        assertThat(meetingFigures(ODENSE)).isNotEmpty().isEqualTo(rawMeetings(ODENSE));

        importChanging(meeting, participants);
        assertThat(meetingFigures(FANOE)).as("the demo fixture as it was").isEqualTo(rawMeetings(FANOE));
    }

    /** An import of both municipalities that changes one Fanø meeting, then commits. */
    private void importChanging(long meeting, Integer participants) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("UPDATE network_meeting SET participants = ? WHERE id = ?").params(participants, meeting).update();
            events.publishEvent(new ImportCompleted(1, "meetings", Set.of(ODENSE, FANOE), YearMonth.of(2026, 10),
                    YearMonth.of(2026, 10)));
        });
    }

    @Test
    void an_import_that_rolls_back_leaves_no_marker_and_an_import_of_survey_answers_none_either() {
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new ImportCompleted(2, "cases", Set.of(ODENSE), YearMonth.of(2026, 10),
                    YearMonth.of(2026, 10)));
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> events.publishEvent(new ImportCompleted(3, "survey-responses",
                Set.of(ODENSE), YearMonth.of(2026, 10), YearMonth.of(2026, 10))));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM monthly_figures_stale").query(Integer.class).single()).isZero();
    }

    private List<Integer> staleMunicipalities() {
        return jdbc.sql("SELECT municipality_code FROM monthly_figures_stale ORDER BY 1").query(Integer.class).list();
    }

    private Map<String, Long> meetingFigures(int municipality) {
        return byMonth("""
                SELECT CONCAT(period, ' ', meetings), participants_sum FROM meeting_month_figures
                WHERE municipality_code = ? AND meetings > 0""", municipality);
    }

    private Map<String, Long> rawMeetings(int municipality) {
        return byMonth("""
                SELECT CONCAT(DATE_FORMAT(held_on, '%Y-%m-01'), ' ', COUNT(*)), COALESCE(SUM(participants), 0)
                FROM network_meeting WHERE municipality_code = ? GROUP BY DATE_FORMAT(held_on, '%Y-%m-01')""", municipality);
    }

    private Map<String, Long> byMonth(String sql, int municipality) {
        Map<String, Long> rows = new TreeMap<>();
        jdbc.sql(sql).param(municipality).query(rs -> {
            rows.put(rs.getString(1), rs.getLong(2));
        });
        return rows;
    }
}
