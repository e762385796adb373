package dk.samspil.casework;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long new cases waited for their first network meeting, for a time-to-event figure on the
 * dashboards: no case reference, no date but the enrolment month, so nothing here names a case.
 */
@Service
@Transactional(readOnly = true)
public class FirstMeetingWaits {

    private final JdbcClient jdbc;

    FirstMeetingWaits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One case's wait.
     *
     * @param enrolled the month the case was enrolled in
     * @param days     days from enrolment to the first meeting; for a case not met, the days it has
     *                 waited so far (until {@code asOf}, or until it ended without a meeting)
     * @param met      false: still waiting (or ended unmet), a censored time
     */
    public record Wait(YearMonth enrolled, int days, boolean met) {
    }

    /** The cases enrolled in {@code from}–{@code to} in one municipality (or all, for null), as of a day. */
    public List<Wait> waits(Integer municipality, YearMonth from, YearMonth to, LocalDate asOf) {
        return jdbc.sql("""
                        SELECT c.enrolled_on, MIN(n.held_on) AS first_on, c.ended_on
                        FROM citizen_case c LEFT JOIN network_meeting n ON n.case_id = c.id AND n.held_on <= :asOf
                        WHERE c.enrolled_on >= :from AND c.enrolled_on <= :to AND c.enrolled_on <= :asOf
                          AND (:municipality IS NULL OR c.municipality_code = :municipality)
                        GROUP BY c.id, c.enrolled_on, c.ended_on""")
                .param("from", from.atDay(1)).param("to", to.atEndOfMonth()).param("asOf", asOf)
                .param("municipality", municipality)
                .query((rs, row) -> {
                    LocalDate enrolled = rs.getObject("enrolled_on", LocalDate.class);
                    LocalDate first = rs.getObject("first_on", LocalDate.class);
                    LocalDate ended = rs.getObject("ended_on", LocalDate.class);
                    LocalDate until = first != null ? first : ended != null && ended.isBefore(asOf) ? ended : asOf;
                    int days = (int) Math.max(0, until.toEpochDay() - enrolled.toEpochDay());
                    return new Wait(YearMonth.from(enrolled), days, first != null);
                })
                .list();
    }
}
