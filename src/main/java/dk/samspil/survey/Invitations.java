package dk.samspil.survey;

import java.util.ArrayList;
import java.util.List;

import dk.samspil.audit.AuditLog;
import dk.samspil.audit.AuditOutcome;
import dk.samspil.base.csv.DanishCsv;
import dk.samspil.municipality.Sector;
import dk.samspil.security.CurrentUser;
import dk.samspil.security.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time invitation links for a wave, a municipality and a sector. The tokens are returned once,
 * for copying or mail-merge; Samspil keeps only their hashes, whether each was used (never when),
 * and no e-mail addresses.
 */
@Service
public class Invitations {

    static final int MOST_AT_ONCE = 500;
    public static final String DOWNLOAD = "DOWNLOAD_INVITATIONS";

    private final JdbcClient jdbc;
    private final SurveyWaves waves;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final AnswerChannels channels;

    Invitations(JdbcClient jdbc, SurveyWaves waves, CurrentUser currentUser, AuditLog auditLog, AnswerChannels channels) {
        this.jdbc = jdbc;
        this.waves = waves;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.channels = channels;
    }

    /**
     * Creates {@code count} invitations and returns their tokens (shown once, never stored). Refused
     * when the sector answers this wave in the app; makes links its channel if nobody chose one.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('DATA_MANAGER', 'MUNICIPAL_LEAD')")
    public List<String> create(long waveId, int municipalityCode, Sector sector, int count) {
        if (count < 1 || count > MOST_AT_ONCE) {
            throw new SurveyProblem("survey.problem.invitation-count");
        }
        SignedInUser user = requireLinksAllowed(waveId, municipalityCode, sector, "CREATE_INVITATIONS");
        List<String> tokens = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String token = InvitationToken.generate();
            insert(waveId, municipalityCode, sector, token);
            tokens.add(token);
        }
        auditLog.record(user.username(), "CREATE_INVITATIONS", "wave " + waveId + ", " + count + " links",
                AuditOutcome.ALLOWED, municipalityCode);
        return tokens;
    }

    /**
     * The signed-in user, when they may make links for this municipality's sector of this wave: their
     * own municipality (or the data manager), an open wave it takes part in, and a sector that answers
     * by link (made its channel if nobody chose one). Also for links sent by mail ({@link InvitationMailing}).
     */
    SignedInUser requireLinksAllowed(long waveId, int municipalityCode, Sector sector, String action) {
        SignedInUser user = currentUser.require();
        if (!user.maySeeCasesOf(municipalityCode)) {
            auditLog.record(user.username(), action, "municipality " + municipalityCode, AuditOutcome.DENIED,
                    municipalityCode);
            throw new AccessDeniedException("Invitations for another municipality");
        }
        Wave wave = waves.wave(waveId).orElseThrow(() -> new SurveyProblem("survey.problem.no-wave"));
        if (!wave.open()) {
            throw new SurveyProblem("survey.problem.wave-closed");
        }
        if (!wave.municipalities().contains(municipalityCode)) {
            throw new SurveyProblem("survey.problem.not-in-wave");
        }
        if (!channels.reserveForLinks(waveId, municipalityCode, sector)) {
            throw new SurveyProblem("survey.problem.channel-app");
        }
        return user;
    }

    /** Stores a new invitation by its token's hash and returns its id. */
    long insert(long waveId, int municipalityCode, Sector sector, String token) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO survey_invitation (wave_id, municipality_code, sector_code, token_hash)
                        VALUES (?, ?, ?, ?)""").params(waveId, municipalityCode, sector.name(), InvitationToken.hash(token))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * The links just made as CSV for mail-merge (one column, {@code link}, Danish Excel's BOM and
     * CRLF), recorded as downloaded: the links themselves are not kept, so the log says only how many.
     */
    @PreAuthorize("hasAnyRole('DATA_MANAGER', 'MUNICIPAL_LEAD')")
    public String csv(long waveId, int municipalityCode, List<String> links) {
        SignedInUser user = currentUser.require();
        if (!user.maySeeCasesOf(municipalityCode)) {
            auditLog.record(user.username(), DOWNLOAD, "wave " + waveId, AuditOutcome.DENIED, municipalityCode);
            throw new AccessDeniedException("Invitations for another municipality");
        }
        auditLog.record(user.username(), DOWNLOAD, "wave " + waveId + ", " + links.size() + " links", AuditOutcome.ALLOWED,
                municipalityCode);
        return DanishCsv.of(List.of("link"), links.stream().map(List::of).toList());
    }
}
