package dk.samspil.survey;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import dk.samspil.audit.AuditLog;
import dk.samspil.audit.AuditOutcome;
import dk.samspil.municipality.Sector;
import dk.samspil.security.CurrentUser;
import dk.samspil.security.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One channel per wave, municipality and sector, so that nobody answers a wave twice: a person with
 * an account could otherwise answer in the app and again through an invitation link, and the link
 * (anonymous by design) cannot tell who holds it. The data manager or the municipality's lead
 * chooses; a scope nobody chose is fixed by its first use (the first links made, or the first answer
 * in the app). Once someone has answered through the channel it stays (docs/decisions/0012).
 */
@Service
public class AnswerChannels {

    private final JdbcClient jdbc;
    private final SurveyWaves waves;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    AnswerChannels(JdbcClient jdbc, SurveyWaves waves, CurrentUser currentUser, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.waves = waves;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    /** The sectors of a municipality in a wave whose channel is chosen or fixed; the others are open to either. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('DATA_MANAGER', 'MUNICIPAL_LEAD')")
    public Map<Sector, ChannelChoice> of(long waveId, int municipalityCode) {
        mayManage(currentUser.require(), municipalityCode, "wave " + waveId);
        Map<Sector, ChannelChoice> choices = new EnumMap<>(Sector.class);
        jdbc.sql("""
                        SELECT sector_code, channel, answered FROM survey_channel
                        WHERE wave_id = ? AND municipality_code = ?""")
                .params(waveId, municipalityCode)
                .query((rs, n) -> choices.put(Sector.valueOf(rs.getString(1)),
                        new ChannelChoice(AnswerChannel.valueOf(rs.getString(2)), rs.getBoolean(3))))
                .list();
        return choices;
    }

    /**
     * Chooses how a sector answers an open wave. Refused once someone has answered through the
     * other channel: they could then answer a second time through this one.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('DATA_MANAGER', 'MUNICIPAL_LEAD')")
    public void choose(long waveId, int municipalityCode, Sector sector, AnswerChannel channel) {
        SignedInUser user = currentUser.require();
        mayManage(user, municipalityCode, "wave " + waveId);
        Wave wave = waves.wave(waveId).orElseThrow(() -> new SurveyProblem("survey.problem.no-wave"));
        if (!wave.open()) {
            throw new SurveyProblem("survey.problem.wave-closed");
        }
        if (!wave.municipalities().contains(municipalityCode)) {
            throw new SurveyProblem("survey.problem.not-in-wave");
        }
        ChannelChoice current = lock(waveId, municipalityCode, sector, channel);
        if (current.channel() != channel) {
            if (current.answered()) {
                throw new SurveyProblem("survey.problem.channel-fixed");
            }
            jdbc.sql("""
                            UPDATE survey_channel SET channel = ?
                            WHERE wave_id = ? AND municipality_code = ? AND sector_code = ? AND NOT answered""")
                    .params(channel.name(), waveId, municipalityCode, sector.name()).update();
        }
        auditLog.record(user.username(), "CHOOSE_CHANNEL", "wave " + waveId + ", municipality " + municipalityCode
                + ", " + sector.name() + ": " + channel.name(), AuditOutcome.ALLOWED, municipalityCode);
    }

    /** The chosen or fixed channel, if any; for showing a form, not for storing (see {@link #take}). */
    Optional<AnswerChannel> current(long waveId, int municipalityCode, Sector sector) {
        return jdbc.sql("SELECT channel FROM survey_channel WHERE wave_id = ? AND municipality_code = ? AND sector_code = ?")
                .params(waveId, municipalityCode, sector.name())
                .query((rs, n) -> AnswerChannel.valueOf(rs.getString(1))).optional();
    }

    /**
     * Whether an answer may be stored through this channel, fixing it if nobody chose, and marking
     * it answered. The row stays locked until the caller's transaction ends, so a concurrent change
     * of channel waits and then sees the answer.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean take(long waveId, int municipalityCode, Sector sector, AnswerChannel channel) {
        if (lock(waveId, municipalityCode, sector, channel).channel() != channel) {
            return false;
        }
        jdbc.sql("UPDATE survey_channel SET answered = TRUE WHERE wave_id = ? AND municipality_code = ? AND sector_code = ?")
                .params(waveId, municipalityCode, sector.name()).update();
        return true;
    }

    /** Whether links may be made for the scope, fixing links as its channel if nobody chose. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean reserveForLinks(long waveId, int municipalityCode, Sector sector) {
        return lock(waveId, municipalityCode, sector, AnswerChannel.LINKS).channel() == AnswerChannel.LINKS;
    }

    /**
     * The scope's row, made with {@code ifNone} when missing, locked for update. INSERT … ON
     * DUPLICATE KEY takes the row's exclusive lock at once; INSERT IGNORE would take a shared one,
     * and two answers upgrading their shared locks at the same time deadlock.
     */
    private ChannelChoice lock(long waveId, int municipalityCode, Sector sector, AnswerChannel ifNone) {
        jdbc.sql("""
                        INSERT INTO survey_channel (wave_id, municipality_code, sector_code, channel) VALUES (?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE channel = channel""")
                .params(waveId, municipalityCode, sector.name(), ifNone.name()).update();
        return jdbc.sql("""
                        SELECT channel, answered FROM survey_channel
                        WHERE wave_id = ? AND municipality_code = ? AND sector_code = ? FOR UPDATE""")
                .params(waveId, municipalityCode, sector.name())
                .query((rs, n) -> new ChannelChoice(AnswerChannel.valueOf(rs.getString(1)), rs.getBoolean(2))).single();
    }

    private void mayManage(SignedInUser user, int municipalityCode, String target) {
        if (!user.maySeeCasesOf(municipalityCode)) {
            auditLog.record(user.username(), "CHOOSE_CHANNEL", target + ", municipality " + municipalityCode,
                    AuditOutcome.DENIED, municipalityCode);
            throw new AccessDeniedException("Answer channels of another municipality");
        }
    }
}
