package dk.samspil.casework;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.samspil.municipality.Sector;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the monthly files change casework, with JDBC batches. Each call runs inside the importer's
 * transaction ({@link Propagation#MANDATORY}), so a scope is replaced atomically or not at all.
 */
@Service
public class CaseImport {

    private final JdbcTemplate jdbc;

    CaseImport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A case as the `cases` file delivers it. */
    public record CaseRecord(String caseRef, LocalDate enrolledOn, CaseStatus status, LocalDate endedOn,
                             Sector keyCoordinatorSector, String ageBand) {
    }

    /** A network meeting as the `meetings` file delivers it. */
    public record MeetingRecord(String meetingRef, String caseRef, LocalDate heldOn, String meetingType,
                                Set<Sector> sectors, boolean citizenPresent, String planStatus, int actionsAgreed,
                                LocalDate nextFollowUpOn, Integer durationMinutes, Integer participants) {
    }

    /** Each case's enrolment date by case reference, for checking a file against the register. */
    @Transactional(readOnly = true)
    public Map<String, LocalDate> enrolments(int municipalityCode) {
        Map<String, LocalDate> enrolments = new HashMap<>();
        jdbc.query("SELECT case_ref, enrolled_on FROM citizen_case WHERE municipality_code = ?",
                rs -> {
                    enrolments.put(rs.getString(1), rs.getObject(2, LocalDate.class));
                }, municipalityCode);
        return enrolments;
    }

    /**
     * The register is updated, never emptied: a case in the file is inserted or updated by its
     * reference; a case missing from a later file stays, because meetings and outcomes refer to it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int upsertCases(int municipalityCode, List<CaseRecord> cases) {
        List<Object[]> rows = cases.stream().map(c -> new Object[] {municipalityCode, c.caseRef(),
                Date.valueOf(c.enrolledOn()), c.status().name(), c.endedOn() == null ? null : Date.valueOf(c.endedOn()),
                c.keyCoordinatorSector().name(), c.ageBand()}).toList();
        jdbc.batchUpdate("""
                INSERT INTO citizen_case (municipality_code, case_ref, enrolled_on, status, ended_on,
                    key_coordinator_sector, age_band) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE enrolled_on = VALUES(enrolled_on), status = VALUES(status),
                    ended_on = VALUES(ended_on), key_coordinator_sector = VALUES(key_coordinator_sector),
                    age_band = VALUES(age_band)""", rows);
        return rows.size();
    }

    /**
     * Replaces the municipality's meetings held in the month by the file's. A meeting of the file
     * that an earlier file delivered for another month was re-dated at its source: it moves here
     * (docs/decisions/0015), as the meeting_ref names one meeting of the municipality.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int replaceMeetings(int municipalityCode, YearMonth period, List<MeetingRecord> meetings) {
        jdbc.update("DELETE FROM network_meeting WHERE municipality_code = ? AND held_on >= ? AND held_on < ?",
                municipalityCode, Date.valueOf(period.atDay(1)), Date.valueOf(period.plusMonths(1).atDay(1)));
        List<String> refs = meetings.stream().map(MeetingRecord::meetingRef).toList();
        for (int from = 0; from < refs.size(); from += 500) {
            List<String> chunk = refs.subList(from, Math.min(refs.size(), from + 500));
            List<Object> arguments = new ArrayList<>(chunk.size() + 1);
            arguments.add(municipalityCode);
            arguments.addAll(chunk);
            jdbc.update("DELETE FROM network_meeting WHERE municipality_code = ? AND meeting_ref IN ("
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")", arguments.toArray());
        }
        Map<String, Long> caseIds = caseIds(municipalityCode);
        long firstId = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM network_meeting FOR UPDATE", Long.class);
        List<Object[]> meetingRows = new ArrayList<>();
        List<Object[]> sectorRows = new ArrayList<>();
        long id = firstId;
        for (MeetingRecord m : meetings) {
            Long caseId = caseIds.get(m.caseRef());
            if (caseId == null) {
                throw new IllegalStateException("Meeting " + m.meetingRef() + " refers to a case not in the register");
            }
            meetingRows.add(new Object[] {id, caseId, municipalityCode, m.meetingRef(), Date.valueOf(m.heldOn()),
                    m.meetingType(), m.citizenPresent(), m.planStatus(), m.actionsAgreed(),
                    m.nextFollowUpOn() == null ? null : Date.valueOf(m.nextFollowUpOn()), m.durationMinutes(),
                    m.participants()});
            for (Sector sector : m.sectors()) {
                sectorRows.add(new Object[] {id, sector.name()});
            }
            id++;
        }
        jdbc.batchUpdate("""
                INSERT INTO network_meeting (id, case_id, municipality_code, meeting_ref, held_on, meeting_type,
                    citizen_present, plan_status, actions_agreed, next_follow_up_on, duration_minutes, participants)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", meetingRows);
        jdbc.batchUpdate("INSERT INTO network_meeting_sector (meeting_id, sector_code) VALUES (?, ?)", sectorRows);
        return meetingRows.size();
    }

    /** Case ids by reference, for the modules that store per-case figures (outcomes). */
    @Transactional(readOnly = true)
    public Map<String, Long> caseIds(int municipalityCode) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT case_ref, id FROM citizen_case WHERE municipality_code = ?",
                rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                }, municipalityCode);
        return ids;
    }
}
