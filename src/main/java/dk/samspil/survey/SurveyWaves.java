package dk.samspil.survey;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dk.samspil.audit.AuditLog;
import dk.samspil.audit.AuditOutcome;
import dk.samspil.security.CurrentUser;
import dk.samspil.security.Role;
import dk.samspil.security.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening and closing survey waves. A data manager may open a wave for any municipalities; a
 * municipal lead only for their own, and may close only a wave that is theirs alone.
 */
@Service
public class SurveyWaves {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ScoreCells cells;

    SurveyWaves(JdbcClient jdbc, CurrentUser currentUser, AuditLog auditLog, Clock clock, ScoreCells cells) {
        this.jdbc = jdbc;
        this.cells = cells;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The waves the user may manage, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('DATA_MANAGER', 'MUNICIPAL_LEAD')")
    public List<Wave> waves() {
        SignedInUser user = currentUser.require();
        return jdbc.sql("""
                        SELECT w.id, w.period, w.kind, w.status, w.opened_on, w.closed_on,
                               GROUP_CONCAT(m.municipality_code ORDER BY m.municipality_code) AS municipalities
                        FROM survey_wave w JOIN survey_wave_municipality m ON m.wave_id = w.id
                        GROUP BY w.id
                        HAVING :only IS NULL OR FIND_IN_SET(:only, municipalities) > 0
                        ORDER BY w.period DESC, w.id DESC""")
                .param("only", user.role() == Role.DATA_MANAGER ? null : user.municipalityCode())
                .query((rs, n) -> new Wave(rs.getLong("id"), YearMonth.from(rs.getObject("period", LocalDate.class)),
                        WaveKind.valueOf(rs.getString("kind")), "OPEN".equals(rs.getString("status")),
                        rs.getObject("opened_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
                        Arrays.stream(rs.getString("municipalities").split(",")).map(Integer::valueOf).toList()))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Wave> wave(long waveId) {
        return waves().stream().filter(wave -> wave.id() == waveId).findFirst();
    }

    /**
     * Opens a wave. Refused when a chosen municipality already has an open wave for that month, or
     * the month is neither this month nor next.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('DATA_MANAGER', 'MUNICIPAL_LEAD')")
    public long open(YearMonth period, WaveKind kind, Set<Integer> municipalities) {
        SignedInUser user = currentUser.require();
        if (municipalities.isEmpty()) {
            throw new SurveyProblem("survey.problem.no-municipalities");
        }
        if (user.role() == Role.MUNICIPAL_LEAD && !Set.of(user.municipalityCode()).containsAll(municipalities)) {
            auditLog.record(user.username(), "OPEN_WAVE", "municipalities " + municipalities, AuditOutcome.DENIED);
            throw new AccessDeniedException("A municipal lead opens waves for their own municipality only");
        }
        YearMonth now = YearMonth.now(clock);
        if (period.isBefore(now) || period.isAfter(now.plusMonths(1))) {
            throw new SurveyProblem("survey.problem.period");
        }
        Integer alreadyOpen = jdbc.sql("""
                        SELECT COUNT(*) FROM survey_wave w JOIN survey_wave_municipality m ON m.wave_id = w.id
                        WHERE w.status = 'OPEN' AND w.period = :period AND m.municipality_code IN (:codes)""")
                .param("period", period.atDay(1)).param("codes", municipalities).query(Integer.class).single();
        if (alreadyOpen > 0) {
            throw new SurveyProblem("survey.problem.wave-open-already");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO survey_wave (period, kind, status, opened_on) VALUES (?, ?, 'OPEN', ?)")
                .params(Date.valueOf(period.atDay(1)), kind.name(), Date.valueOf(LocalDate.now(clock)))
                .update(key);
        long waveId = key.getKey().longValue();
        municipalities.forEach(code -> jdbc.sql(
                        "INSERT INTO survey_wave_municipality (wave_id, municipality_code) VALUES (?, ?)")
                .params(waveId, code).update());
        auditLog.record(user.username(), "OPEN_WAVE", "wave " + waveId, AuditOutcome.ALLOWED);
        return waveId;
    }

    /**
     * Closes an open wave: no more answers are taken for it, its score cells are filled, and its
     * results are published. The update waits for answers under way, which hold a lock on the wave
     * row; read committed, so that the cells are then filled from those answers too, not from a
     * snapshot taken before they were committed (docs/decisions/0011).
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('DATA_MANAGER', 'MUNICIPAL_LEAD')")
    public void close(long waveId) {
        SignedInUser user = currentUser.require();
        Wave wave = waves().stream().filter(w -> w.id() == waveId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("No such wave for this user"));
        if (user.role() == Role.MUNICIPAL_LEAD && !wave.municipalities().equals(List.of(user.municipalityCode()))) {
            auditLog.record(user.username(), "CLOSE_WAVE", "wave " + waveId, AuditOutcome.DENIED);
            throw new AccessDeniedException("This wave spans other municipalities: the data manager closes it");
        }
        if (!wave.open()) {
            throw new SurveyProblem("survey.problem.wave-closed-already");
        }
        jdbc.sql("UPDATE survey_wave SET status = 'CLOSED', closed_on = ? WHERE id = ? AND status = 'OPEN'")
                .params(Date.valueOf(LocalDate.now(clock)), waveId).update();
        // the mailed addresses are kept only while the wave runs (docs/decisions/0025); the counts stay
        jdbc.sql("DELETE FROM survey_mail_address WHERE wave_id = ?").param(waveId).update();
        jdbc.sql("DELETE FROM survey_mail_reminder WHERE wave_id = ? AND NOT done").param(waveId).update();
        cells.fill(waveId);
        auditLog.record(user.username(), "CLOSE_WAVE", "wave " + waveId, AuditOutcome.ALLOWED);
    }
}
