package dk.samspil.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.samspil.municipality.Sector;
import dk.samspil.security.CurrentUser;
import dk.samspil.security.SignedInUser;
import dk.samspil.security.UserAccounts;
import io.micrometer.core.annotation.Timed;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering a pulse survey, through a one-time invitation or signed in. The answer set is stored
 * under a random id with its wave, municipality, sectors and scores only: no invitation, no person,
 * no date or time (the anonymity rule, docs/decisions/0004 and 0012). Who took part is kept apart
 * (an invitation's "used", a professional's participation) with nothing to join it to the answers,
 * and answering writes no audit entry or log line. Each sector answers a wave through one channel
 * ({@link AnswerChannels}), so nobody answers it twice.
 */
@Service
public class SurveyAnswering {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final InstrumentCatalogue instruments;
    private final TargetSectors targets;
    private final AnswerChannels channels;
    private final SurveyResults results;
    private final CurrentUser currentUser;
    private final UserAccounts accounts;

    SurveyAnswering(JdbcClient jdbc, JdbcTemplate batch, InstrumentCatalogue instruments, TargetSectors targets,
                    AnswerChannels channels, SurveyResults results, CurrentUser currentUser, UserAccounts accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.batch = batch;
        this.jdbc = jdbc;
        this.instruments = instruments;
        this.targets = targets;
        this.channels = channels;
        this.results = results;
    }

    /** The survey behind an invitation link, or why it cannot be answered. */
    @Transactional(readOnly = true)
    public SurveyOutcome open(String token) {
        return invitation(token, false)
                .map(invitation -> refusal(invitation).orElseGet(() -> ready(invitation.scope())))
                .orElseGet(SurveyAnswering::unknown);
    }

    /** Stores the answers of an invitation, once. */
    @Transactional
    @Timed(value = "samspil.survey.submit", extraTags = {"channel", "invitation"}, histogram = true)
    public SurveyOutcome submit(String token, AnswerSet answers) {
        Optional<InvitationRow> found = invitation(token, true);
        if (found.isEmpty()) {
            return unknown();
        }
        InvitationRow invitation = found.get();
        Optional<SurveyOutcome> refused = refusal(invitation);
        if (refused.isPresent()) {
            return refused.get();
        }
        Scope scope = invitation.scope();
        Optional<SurveyOutcome> invalid = invalid(scope, answers);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        if (!stillOpen(scope.waveId())) {
            return new SurveyOutcome.Refused("survey.refused.closed");
        }
        if (!channels.take(scope.waveId(), scope.municipalityCode(), scope.sector(), AnswerChannel.LINKS)) {
            return new SurveyOutcome.Refused("survey.refused.channel-app");
        }
        store(form(scope, answers.targetSector()), answers);
        jdbc.sql("UPDATE survey_invitation SET used = TRUE WHERE id = ?").param(invitation.id()).update();
        return stored(scope);
    }

    /** The open wave of a signed-in professional's municipality, unless they answered it already. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PROFESSIONAL')")
    public SurveyOutcome openForSignedInProfessional() {
        SignedInUser user = currentUser.require();
        return openWaveOf(user).map(scope -> {
            if (participated(scope.waveId(), user)) {
                return (SurveyOutcome) new SurveyOutcome.Refused("survey.refused.answered");
            }
            if (channels.current(scope.waveId(), scope.municipalityCode(), scope.sector())
                    .filter(channel -> channel == AnswerChannel.LINKS).isPresent()) {
                return new SurveyOutcome.Refused("survey.refused.channel-links");
            }
            return ready(scope);
        }).orElseGet(() -> new SurveyOutcome.Refused("survey.refused.none-open"));
    }

    /**
     * Stores a signed-in professional's answers to the wave their form was for, once per wave. That
     * they took part is kept apart from what they answered: nothing joins the two. Refused once that
     * wave has closed, even if another wave of the municipality is open by then.
     */
    @Transactional
    @PreAuthorize("hasRole('PROFESSIONAL')")
    @Timed(value = "samspil.survey.submit", extraTags = {"channel", "signed-in"}, histogram = true)
    public SurveyOutcome submitAsSignedInProfessional(long waveId, AnswerSet answers) {
        SignedInUser user = currentUser.require();
        Optional<Scope> found = openWaveOf(user).filter(open -> open.waveId() == waveId);
        if (found.isEmpty() || !stillOpen(waveId)) {
            // the form was shown for an open wave, so it has closed since
            return new SurveyOutcome.Refused("survey.refused.closed");
        }
        Scope scope = found.get();
        Optional<SurveyOutcome> invalid = invalid(scope, answers);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        if (!channels.take(scope.waveId(), scope.municipalityCode(), scope.sector(), AnswerChannel.APP)) {
            return new SurveyOutcome.Refused("survey.refused.channel-links");
        }
        int inserted = jdbc.sql("INSERT IGNORE INTO survey_participation (wave_id, user_id) VALUES (?, ?)")
                .params(scope.waveId(), accounts.idOf(user)).update();
        if (inserted == 0) {
            return new SurveyOutcome.Refused("survey.refused.answered");
        }
        store(form(scope, answers.targetSector()), answers);
        return stored(scope);
    }

    /** A professional's own scope: their municipality's newest open wave and their sector. */
    private Optional<Scope> openWaveOf(SignedInUser user) {
        return jdbc.sql("""
                        SELECT w.id, m.municipality_code, ?, w.period, w.kind, w.status
                        FROM survey_wave w JOIN survey_wave_municipality m ON m.wave_id = w.id
                        WHERE w.status = 'OPEN' AND m.municipality_code = ? ORDER BY w.period DESC, w.id DESC LIMIT 1""")
                .params(user.sectorCode(), user.municipalityCode())
                .query((rs, n) -> scope(rs, 1))
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

    private SurveyOutcome stored(Scope scope) {
        return new SurveyOutcome.Stored(scope.municipalityCode(),
                results.previousClosedWave(scope.municipalityCode(), scope.period())
                        .map(wave -> results.municipalityScores(wave, scope.municipalityCode()))
                        .orElse(Map.of()));
    }

    /** Why an invitation cannot be answered: used, its wave closed, or its sector answers in the app. */
    private Optional<SurveyOutcome> refusal(InvitationRow invitation) {
        Scope scope = invitation.scope();
        if (invitation.used()) {
            return Optional.of(new SurveyOutcome.Refused("survey.refused.used"));
        }
        if (!scope.waveOpen()) {
            return Optional.of(new SurveyOutcome.Refused("survey.refused.closed"));
        }
        if (channels.current(scope.waveId(), scope.municipalityCode(), scope.sector())
                .filter(channel -> channel == AnswerChannel.APP).isPresent()) {
            return Optional.of(new SurveyOutcome.Refused("survey.refused.channel-app"));
        }
        return Optional.empty();
    }

    /** A form with a freshly chosen target sector; a new one each time the survey is opened. */
    private SurveyOutcome ready(Scope scope) {
        return new SurveyOutcome.Ready(form(scope, targets.choose(scope.waveId(), scope.municipalityCode(), scope.sector())));
    }

    /**
     * The target sector travels with the answers (it was drawn when the form was opened, see
     * {@link TargetSectors}); one the respondent could not have been given is refused.
     */
    private Optional<SurveyOutcome> invalid(Scope scope, AnswerSet answers) {
        if (!scope.waveOpen()) {
            return Optional.of(new SurveyOutcome.Refused("survey.refused.closed"));
        }
        if (!targets.possible(scope.municipalityCode(), scope.sector(), answers.targetSector())) {
            return Optional.of(new SurveyOutcome.Invalid("survey.invalid.changed"));
        }
        return AnswerCheck.problem(form(scope, answers.targetSector()), answers).map(SurveyOutcome.Invalid::new);
    }

    private SurveyForm form(Scope scope, Sector target) {
        return new SurveyForm(scope.waveId(), scope.period(), scope.municipalityCode(), scope.sector(), target,
                instruments.pulse(scope.kind(), scope.period()));
    }

    private void store(SurveyForm form, AnswerSet answers) {
        byte[] responseId = AnswerSetId.random();
        jdbc.sql("""
                        INSERT INTO survey_response (id, wave_id, municipality_code, sector_code, target_sector_code, source)
                        VALUES (?, ?, ?, ?, ?, 'SURVEY')""")
                .params(responseId, form.waveId(), form.municipalityCode(), form.sector().name(), form.targetSector().name())
                .update();
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
                        SELECT i.id, i.used, i.wave_id, i.municipality_code, i.sector_code, w.period, w.kind, w.status
                        FROM survey_invitation i JOIN survey_wave w ON w.id = i.wave_id
                        WHERE i.token_hash = ?""" + (forUpdate ? " FOR UPDATE" : ""))
                .param(InvitationToken.hash(token))
                .query((rs, n) -> new InvitationRow(rs.getLong(1), rs.getBoolean(2), scope(rs, 3)))
                .optional();
    }

    /** Wave id, municipality, sector, period, kind and status from the six columns starting at {@code first}. */
    private static Scope scope(ResultSet rs, int first) throws SQLException {
        return new Scope(rs.getLong(first), rs.getInt(first + 1), Sector.valueOf(rs.getString(first + 2)),
                YearMonth.from(rs.getObject(first + 3, LocalDate.class)), WaveKind.valueOf(rs.getString(first + 4)),
                "OPEN".equals(rs.getString(first + 5)));
    }

    private static SurveyOutcome unknown() {
        return new SurveyOutcome.Refused("survey.refused.unknown");
    }

    /** Who answers what: a wave, a municipality and the respondent's sector. */
    private record Scope(long waveId, int municipalityCode, Sector sector, YearMonth period, WaveKind kind,
                         boolean waveOpen) {
    }

    private record InvitationRow(long id, boolean used, Scope scope) {
    }
}
