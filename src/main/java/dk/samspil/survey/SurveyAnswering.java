package dk.samspil.survey;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.samspil.casework.MeetingSectors;
import dk.samspil.municipality.Sector;
import dk.samspil.security.CurrentUser;
import dk.samspil.security.SignedInUser;
import dk.samspil.security.UserAccounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering a pulse survey through a one-time invitation. Stores the answer set without any
 * reference to the invitation and with a date, not a time (the anonymity rule, docs/decisions/0004),
 * and marks the invitation used in the same transaction.
 */
@Service
public class SurveyAnswering {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final InstrumentCatalogue instruments;
    private final MeetingSectors meetingSectors;
    private final SurveyResults results;
    private final CurrentUser currentUser;
    private final UserAccounts accounts;
    private final Clock clock;

    SurveyAnswering(JdbcClient jdbc, JdbcTemplate batch, InstrumentCatalogue instruments, MeetingSectors meetingSectors,
                    SurveyResults results, CurrentUser currentUser, UserAccounts accounts, Clock clock) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.batch = batch;
        this.jdbc = jdbc;
        this.instruments = instruments;
        this.meetingSectors = meetingSectors;
        this.results = results;
        this.clock = clock;
    }

    /** The survey behind an invitation link, or why it cannot be answered. */
    @Transactional(readOnly = true)
    public SurveyOutcome open(String token) {
        return invitation(token, false).map(this::openFor).orElseGet(() -> refused(token));
    }

    /** Stores the answers of an invitation, once. */
    @Transactional
    public SurveyOutcome submit(String token, AnswerSet answers) {
        Optional<InvitationRow> found = invitation(token, true);
        if (found.isEmpty()) {
            return refused(token);
        }
        InvitationRow invitation = found.get();
        SurveyOutcome opened = openFor(invitation);
        if (!(opened instanceof SurveyOutcome.Ready ready)) {
            return opened;
        }
        Optional<String> problem = AnswerCheck.problem(ready.form(), answers);
        if (problem.isPresent()) {
            return new SurveyOutcome.Invalid(problem.get());
        }
        if (!stillOpen(invitation.waveId())) {
            return new SurveyOutcome.Refused("survey.refused.closed");
        }
        store(ready.form(), answers);
        jdbc.sql("UPDATE survey_invitation SET used_on = ? WHERE id = ?").params(today(), invitation.id()).update();
        return stored(invitation.municipalityCode(), ready.form());
    }

    /** The open wave of a signed-in professional's municipality, unless they answered it already. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PROFESSIONAL')")
    public SurveyOutcome openForSignedInProfessional() {
        SignedInUser user = currentUser.require();
        return openWaveOf(user).map(wave -> {
            if (participated(wave.waveId(), user)) {
                return (SurveyOutcome) new SurveyOutcome.Refused("survey.refused.answered");
            }
            return openFor(wave);
        }).orElseGet(() -> new SurveyOutcome.Refused("survey.refused.none-open"));
    }

    /**
     * Stores a signed-in professional's answers to the wave their form was for, once per wave. That
     * they took part is kept apart from what they answered: nothing joins the two. Refused once that
     * wave has closed, even if another wave of the municipality is open by then.
     */
    @Transactional
    @PreAuthorize("hasRole('PROFESSIONAL')")
    public SurveyOutcome submitAsSignedInProfessional(long waveId, AnswerSet answers) {
        SignedInUser user = currentUser.require();
        Optional<InvitationRow> wave = openWaveOf(user).filter(open -> open.waveId() == waveId);
        if (wave.isEmpty() || !stillOpen(waveId)) {
            // the form was shown for an open wave, so it has closed since
            return new SurveyOutcome.Refused("survey.refused.closed");
        }
        SurveyOutcome.Ready ready = (SurveyOutcome.Ready) openFor(wave.get());
        Optional<String> problem = AnswerCheck.problem(ready.form(), answers);
        if (problem.isPresent()) {
            return new SurveyOutcome.Invalid(problem.get());
        }
        int inserted = jdbc.sql("INSERT IGNORE INTO survey_participation (wave_id, user_id) VALUES (?, ?)")
                .params(wave.get().waveId(), accounts.idOf(user)).update();
        if (inserted == 0) {
            return new SurveyOutcome.Refused("survey.refused.answered");
        }
        store(ready.form(), answers);
        return stored(wave.get().municipalityCode(), ready.form());
    }

    private Optional<InvitationRow> openWaveOf(SignedInUser user) {
        // a professional's own "invitation": their wave, municipality and sector; the id (for the
        // target-sector rotation) is their user id
        return jdbc.sql("""
                        SELECT ?, w.id, m.municipality_code, ?, NULL, w.period, w.kind, w.status
                        FROM survey_wave w JOIN survey_wave_municipality m ON m.wave_id = w.id
                        WHERE w.status = 'OPEN' AND m.municipality_code = ? ORDER BY w.period DESC, w.id DESC LIMIT 1""")
                .params(accounts.idOf(user), user.sectorCode(), user.municipalityCode())
                .query(SurveyAnswering::invitationRow)
                .optional();
    }

    /**
     * Whether the wave still takes answers, holding a shared lock on it until the answers are
     * stored: closing waits for answers under way, and an answer never lands in a wave that has
     * closed, whose results must not change (docs/decisions/0011).
     */
    private boolean stillOpen(long waveId) {
        return jdbc.sql("SELECT status FROM survey_wave WHERE id = ? LOCK IN SHARE MODE").param(waveId)
                .query(String.class).optional().filter("OPEN"::equals).isPresent();
    }

    private boolean participated(long waveId, SignedInUser user) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_participation WHERE wave_id = ? AND user_id = ?")
                .params(waveId, accounts.idOf(user)).query(Integer.class).single() > 0;
    }

    private SurveyOutcome stored(int municipalityCode, SurveyForm form) {
        return new SurveyOutcome.Stored(municipalityCode, results.previousClosedWave(municipalityCode, form.period())
                .map(wave -> results.municipalityScores(wave, municipalityCode))
                .orElse(Map.of()));
    }

    private SurveyOutcome openFor(InvitationRow invitation) {
        if (invitation.usedOn() != null) {
            return new SurveyOutcome.Refused("survey.refused.used");
        }
        if (!invitation.waveOpen()) {
            return new SurveyOutcome.Refused("survey.refused.closed");
        }
        Sector target = targetFor(invitation);
        return new SurveyOutcome.Ready(new SurveyForm(invitation.waveId(), invitation.period(),
                invitation.municipalityCode(), invitation.sector(), target,
                instruments.pulse(invitation.kind(), invitation.period())));
    }

    /**
     * Each respondent rates one other sector; the sectors of the municipality's meetings take
     * turns, so across respondents the whole matrix is covered.
     */
    private Sector targetFor(InvitationRow invitation) {
        List<Sector> others = meetingSectors.presentIn(invitation.municipalityCode(), LocalDate.now(clock).minusYears(1))
                .stream().filter(sector -> sector != invitation.sector()).toList();
        if (others.isEmpty()) {
            others = java.util.Arrays.stream(Sector.values()).filter(sector -> sector != invitation.sector()).toList();
        }
        return others.get(Math.floorMod(invitation.id(), others.size()));
    }

    private void store(SurveyForm form, AnswerSet answers) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO survey_response (wave_id, municipality_code, sector_code, target_sector_code,
                            answered_on, source) VALUES (?, ?, ?, ?, ?, 'SURVEY')""")
                .params(form.waveId(), form.municipalityCode(), form.sector().name(), form.targetSector().name(), today())
                .update(key);
        long responseId = key.getKey().longValue();
        List<Object[]> rows = form.items().stream()
                .map(asked -> new Object[] {responseId, asked.item().id(),
                        answers.answers().get(asked.item().id()).orElse(null)})
                .toList();
        batch.batchUpdate("INSERT INTO survey_answer (response_id, item_id, score) VALUES (?, ?, ?)", rows);
    }

    private Optional<InvitationRow> invitation(String token, boolean forUpdate) {
        if (!InvitationToken.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT i.id, i.wave_id, i.municipality_code, i.sector_code, i.used_on, w.period, w.kind, w.status
                        FROM survey_invitation i JOIN survey_wave w ON w.id = i.wave_id
                        WHERE i.token_hash = ?""" + (forUpdate ? " FOR UPDATE" : ""))
                .param(InvitationToken.hash(token))
                .query(SurveyAnswering::invitationRow)
                .optional();
    }

    private static InvitationRow invitationRow(ResultSet rs, int row) throws SQLException {
        return new InvitationRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), Sector.valueOf(rs.getString(4)),
                rs.getObject(5, LocalDate.class), YearMonth.from(rs.getObject(6, LocalDate.class)),
                WaveKind.valueOf(rs.getString(7)), "OPEN".equals(rs.getString(8)));
    }

    private static SurveyOutcome refused(String token) {
        return new SurveyOutcome.Refused("survey.refused.unknown");
    }

    private Date today() {
        return Date.valueOf(LocalDate.now(clock));
    }

    private record InvitationRow(long id, long waveId, int municipalityCode, Sector sector, LocalDate usedOn,
                                 YearMonth period, WaveKind kind, boolean waveOpen) {
    }
}
