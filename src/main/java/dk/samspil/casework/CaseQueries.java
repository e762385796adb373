package dk.samspil.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read-side SQL for cases: small records, no entities. */
@Repository
class CaseQueries {

    private static final String SUMMARY = """
            SELECT c.id, c.municipality_code, c.case_ref, c.enrolled_on, c.status,
                   (SELECT MAX(m.held_on) FROM network_meeting m WHERE m.case_id = c.id) AS last_meeting_on,
                   (SELECT m.next_follow_up_on FROM network_meeting m WHERE m.case_id = c.id
                     ORDER BY m.held_on DESC, m.id DESC LIMIT 1) AS next_follow_up_on,
                   (SELECT COUNT(*) FROM network_meeting m WHERE m.case_id = c.id) AS meetings,
                   (SELECT p.agreed_on FROM action_plan p WHERE p.case_id = c.id
                     ORDER BY p.agreed_on DESC, p.id DESC LIMIT 1) AS plan_agreed_on,
                   (SELECT p.next_review_on FROM action_plan p WHERE p.case_id = c.id
                     ORDER BY p.agreed_on DESC, p.id DESC LIMIT 1) AS plan_review_on
            FROM citizen_case c""";

    private final JdbcClient jdbc;

    CaseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Integer> municipalityOf(long caseId) {
        return jdbc.sql("SELECT municipality_code FROM citizen_case WHERE id = ?").param(caseId)
                .query(Integer.class).optional();
    }

    List<CaseSummary> casesOf(int municipalityCode) {
        return jdbc.sql(SUMMARY + " WHERE c.municipality_code = ? ORDER BY c.case_ref")
                .param(municipalityCode).query(CaseQueries::summary).list();
    }

    Optional<CaseDetails> details(long caseId) {
        return jdbc.sql(SUMMARY + " WHERE c.id = ?").param(caseId).query(CaseQueries::summary).optional()
                .map(summary -> withDetails(summary));
    }

    private CaseDetails withDetails(CaseSummary summary) {
        record CaseExtras(String sector, String ageBand, LocalDate endedOn) {
        }
        CaseExtras extras = jdbc.sql("SELECT key_coordinator_sector, age_band, ended_on FROM citizen_case WHERE id = ?")
                .param(summary.id())
                .query((rs, row) -> new CaseExtras(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .single();
        List<MeetingLine> meetings = jdbc.sql("""
                        SELECT m.held_on, m.meeting_type, m.citizen_present, m.participants, m.plan_status,
                               m.actions_agreed, m.next_follow_up_on,
                               (SELECT GROUP_CONCAT(s.sector_code ORDER BY sec.sort_order SEPARATOR ',')
                                  FROM network_meeting_sector s JOIN sector sec ON sec.code = s.sector_code
                                 WHERE s.meeting_id = m.id) AS sectors
                        FROM network_meeting m WHERE m.case_id = ? ORDER BY m.held_on DESC, m.id DESC""")
                .param(summary.id())
                .query((rs, row) -> new MeetingLine(rs.getObject("held_on", LocalDate.class), rs.getString("meeting_type"),
                        rs.getBoolean("citizen_present"), rs.getObject("participants", Integer.class),
                        sectors(rs.getString("sectors")), rs.getString("plan_status"), rs.getInt("actions_agreed"),
                        rs.getObject("next_follow_up_on", LocalDate.class)))
                .list();
        record Plan(long id, LocalDate agreedOn, LocalDate reviewOn) {
        }
        Optional<Plan> plan = jdbc.sql("""
                        SELECT id, agreed_on, next_review_on FROM action_plan WHERE case_id = ?
                        ORDER BY agreed_on DESC, id DESC LIMIT 1""")
                .param(summary.id())
                .query((rs, row) -> new Plan(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                .optional();
        List<AgreedActionLine> actions = plan.map(p -> jdbc.sql("""
                        SELECT priority, problem_area, responsible_sector, due_on, status FROM agreed_action
                        WHERE action_plan_id = ? ORDER BY priority""")
                .param(p.id())
                .query((rs, row) -> new AgreedActionLine(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5)))
                .list()).orElse(List.of());
        return new CaseDetails(summary, extras.sector(), extras.ageBand(), extras.endedOn(), meetings,
                plan.map(Plan::agreedOn).orElse(null), plan.map(Plan::reviewOn).orElse(null), actions);
    }

    private static List<String> sectors(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(","));
    }

    private static CaseSummary summary(ResultSet rs, int row) throws SQLException {
        return new CaseSummary(rs.getLong("id"), rs.getInt("municipality_code"), rs.getString("case_ref"),
                rs.getObject("enrolled_on", LocalDate.class), CaseStatus.valueOf(rs.getString("status")),
                rs.getObject("last_meeting_on", LocalDate.class), rs.getObject("next_follow_up_on", LocalDate.class),
                rs.getLong("meetings"), rs.getObject("plan_agreed_on", LocalDate.class),
                rs.getObject("plan_review_on", LocalDate.class));
    }
}
