package dk.samspil.survey;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.samspil.casework.MeetingSectors;
import dk.samspil.municipality.Sector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering a pulse survey through a one-time invitation. Stores the answer set without any
 * reference to the invitation and with a date, not a time (INSTRUMENTS.md, the anonymity rule),
 * and marks the invitation used in the same transaction.
 */
@Service
public class SurveyAnswering {

    private final JdbcClient jdbc;
    private final InstrumentCatalogue instruments;
    private final MeetingSectors meetingSectors;
    private final SurveyResults results;
    private final Clock clock;

    SurveyAnswering(JdbcClient jdbc, InstrumentCatalogue instruments, MeetingSectors meetingSectors,
                    SurveyResults results, Clock clock) {
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
        store(ready.form(), answers);
        jdbc.sql("UPDATE survey_invitation SET used_on = ? WHERE id = ?").params(today(), invitation.id()).update();
        return new SurveyOutcome.Stored(invitation.municipalityCode(), results.previousClosedWave(
                invitation.municipalityCode(), ready.form().period())
                .map(wave -> results.municipalityScores(wave, invitation.municipalityCode()))
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
     * turns (INSTRUMENTS.md), so across respondents the whole matrix is covered.
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
        rows.forEach(row -> jdbc.sql("INSERT INTO survey_answer (response_id, item_id, score) VALUES (?, ?, ?)")
                .params(row).update());
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
                .query((rs, n) -> new InvitationRow(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                        Sector.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class),
                        YearMonth.from(rs.getObject(6, LocalDate.class)), WaveKind.valueOf(rs.getString(7)),
                        "OPEN".equals(rs.getString(8))))
                .optional();
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
