package dk.samspil.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dk.samspil.audit.AuditLog;
import dk.samspil.audit.AuditOutcome;
import dk.samspil.base.i18n.UiLanguage;
import dk.samspil.mail.MailContent;
import dk.samspil.mail.MailLayout;
import dk.samspil.mail.MailLink;
import dk.samspil.mail.MailText;
import dk.samspil.mail.Postman;
import dk.samspil.municipality.Municipalities;
import dk.samspil.municipality.Municipality;
import dk.samspil.municipality.Sector;
import dk.samspil.security.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Survey invitations by mail (docs/decisions/0025): the data manager or a municipality's lead uploads
 * the addresses of a sector; a background job mails each address its one-time link, and on the chosen
 * days every address whose link is still unused gets a reminder with a fresh link (the tokens are
 * stored hashed, so the old one cannot be sent again; it stops working). The sender sees counts only.
 * The addresses are deleted when the wave closes ({@link SurveyWaves#close}) and are never joined to
 * answers: an invitation only knows whether it was used.
 */
@Service
public class InvitationMailing {

    static final String ACTION = "MAIL_INVITATIONS";
    private static final Logger log = LoggerFactory.getLogger(InvitationMailing.class);

    private final JdbcClient jdbc;
    private final Invitations invitations;
    private final AuditLog auditLog;
    private final Postman postman;
    private final MailLayout layout;
    private final Municipalities municipalities;
    private final TransactionTemplate transaction;
    private final TaskExecutor executor;
    private final AnonymityRule rule;
    private final Clock clock;

    InvitationMailing(JdbcClient jdbc, Invitations invitations, AuditLog auditLog, Postman postman, MailLayout layout,
                      Municipalities municipalities, TransactionTemplate transaction,
                      @Qualifier("applicationTaskExecutor") TaskExecutor executor,
                      WaveCuts cuts, Clock clock) {
        this.jdbc = jdbc;
        this.invitations = invitations;
        this.auditLog = auditLog;
        this.postman = postman;
        this.layout = layout;
        this.municipalities = municipalities;
        this.transaction = transaction;
        this.executor = executor;
        this.rule = cuts.rule();
        this.clock = clock;
    }

    /**
     * Keeps the addresses and reminder days and starts mailing the invitations in the background; the
     * returned future completes with the counts when all are mailed. Refused whole, keeping nothing,
     * when the list is wrong ({@link AddressProblem}) or repeats an address already given for the sector.
     */
    @PreAuthorize("hasAnyRole('DATA_MANAGER', 'MUNICIPAL_LEAD')")
    public CompletableFuture<MailingStatus> upload(long waveId, int municipalityCode, Sector sector, String text,
                                                   UiLanguage language, List<LocalDate> reminders) {
        AddressList list = AddressList.parse(text);
        LocalDate today = LocalDate.now(clock);
        if (reminders.stream().anyMatch(day -> !day.isAfter(today))) {
            throw new SurveyProblem("survey.mail.problem.reminder-past");
        }
        Group group = new Group(waveId, municipalityCode, sector);
        transaction.executeWithoutResult(status -> {
            SignedInUser user = invitations.requireLinksAllowed(waveId, municipalityCode, sector, ACTION);
            List<String> known = jdbc.sql("""
                            SELECT LOWER(address) FROM survey_mail_address
                            WHERE wave_id = ? AND municipality_code = ? AND sector_code = ?""")
                    .params(group.params()).query(String.class).list();
            for (int i = 0; i < list.size(); i++) {
                if (known.contains(list.addresses().get(i).toLowerCase(java.util.Locale.ROOT))) {
                    throw new AddressProblem("survey.mail.problem.known", i + 1);
                }
            }
            list.addresses().forEach(address -> jdbc.sql("""
                            INSERT INTO survey_mail_address (wave_id, municipality_code, sector_code, address)
                            VALUES (?, ?, ?, ?)""").params(waveId, municipalityCode, sector.name(), address).update());
            jdbc.sql("""
                            INSERT INTO survey_mailing (wave_id, municipality_code, sector_code, language, sending)
                            VALUES (?, ?, ?, ?, TRUE) ON DUPLICATE KEY UPDATE language = VALUES(language), sending = TRUE""")
                    .params(waveId, municipalityCode, sector.name(), language.tag()).update();
            reminders.forEach(day -> jdbc.sql("""
                            INSERT IGNORE INTO survey_mail_reminder (wave_id, municipality_code, sector_code, remind_on)
                            VALUES (?, ?, ?, ?)""").params(waveId, municipalityCode, sector.name(), day).update());
            auditLog.record(user.username(), ACTION, "wave " + waveId + ", " + sector.name() + ", " + list.size()
                    + " addresses, " + reminders.size() + " reminder days", AuditOutcome.ALLOWED, municipalityCode);
        });
        return CompletableFuture.supplyAsync(() -> {
            sendPending(group);
            return status(group);
        }, executor);
    }

    /** The counts of a municipality's sector's mailing; {@link MailingStatus#NONE} before any upload. */
    @PreAuthorize("hasAnyRole('DATA_MANAGER', 'MUNICIPAL_LEAD')")
    public MailingStatus status(long waveId, int municipalityCode, Sector sector) {
        return status(new Group(waveId, municipalityCode, sector));
    }

    /** Invitations mailed per municipality and sector of a wave: the invited, beside the answered. */
    public List<MailedCount> mailed(long waveId) {
        return jdbc.sql("SELECT municipality_code, sector_code, sent FROM survey_mailing WHERE wave_id = ?").param(waveId)
                .query((rs, n) -> new MailedCount(rs.getInt(1), rs.getString(2), rs.getInt(3))).list();
    }

    /** How many of a municipality's sector were invited by mail. */
    public record MailedCount(int municipalityCode, String sectorCode, int mailed) {
    }

    /**
     * Sends the reminders due by {@code today} in open waves: to every address whose link is unused,
     * with a fresh link. Returns how many reminders went out. Run by {@link InvitationReminders}.
     */
    public int sendDueReminders(LocalDate today) {
        record Due(Group group, LocalDate on) {
        }
        List<Due> due = jdbc.sql("""
                        SELECT r.wave_id, r.municipality_code, r.sector_code, r.remind_on FROM survey_mail_reminder r
                        JOIN survey_wave w ON w.id = r.wave_id AND w.status = 'OPEN'
                        WHERE NOT r.done AND r.remind_on <= ? ORDER BY r.remind_on""").param(today)
                .query((rs, n) -> new Due(new Group(rs.getLong(1), rs.getInt(2), Sector.valueOf(rs.getString(3))),
                        rs.getObject(4, LocalDate.class))).list();
        int total = 0;
        for (Due reminder : due) {
            int reminded = remind(reminder.group());
            jdbc.sql("""
                            UPDATE survey_mail_reminder SET done = TRUE, reminded = ?
                            WHERE wave_id = ? AND municipality_code = ? AND sector_code = ? AND remind_on <= ? AND NOT done""")
                    .params(reminded, reminder.group().waveId(), reminder.group().municipalityCode(),
                            reminder.group().sector().name(), reminder.on()).update();
            total += reminded;
        }
        return total;
    }

    /** Mails the addresses not yet mailed; also picks up a list whose job was cut off (the reminders run it). */
    void sendPending(Group group) {
        MailText words = new MailText(language(group));
        record Pending(long id, String address) {
        }
        List<Pending> pending = jdbc.sql("""
                        SELECT id, address FROM survey_mail_address
                        WHERE wave_id = ? AND municipality_code = ? AND sector_code = ? AND state = 'PENDING' ORDER BY id""")
                .params(group.params()).query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2))).list();
        int sent = 0;
        int failed = 0;
        for (Pending address : pending) {
            String token = InvitationToken.generate();
            Long invitation = transaction.execute(status -> {
                long id = invitations.insert(group.waveId(), group.municipalityCode(), group.sector(), token);
                // a list deleted meanwhile (the wave closed) takes its invitation back with it
                if (jdbc.sql("UPDATE survey_mail_address SET state = 'SENT', invitation_id = ? WHERE id = ? AND state = 'PENDING'")
                        .params(id, address.id()).update() == 0) {
                    status.setRollbackOnly();
                    return null;
                }
                return id;
            });
            if (invitation == null) {
                continue;
            }
            if (mail(address.address(), words, group, token, "survey.mail.invitation")) {
                sent++;
            } else {
                transaction.executeWithoutResult(status -> {
                    jdbc.sql("UPDATE survey_mail_address SET state = 'FAILED', invitation_id = NULL WHERE id = ?")
                            .param(address.id()).update();
                    jdbc.sql("DELETE FROM survey_invitation WHERE id = ? AND NOT used").param(invitation).update();
                });
                failed++;
            }
        }
        jdbc.sql("""
                        UPDATE survey_mailing SET sent = sent + ?, failed = failed + ?, sending = FALSE
                        WHERE wave_id = ? AND municipality_code = ? AND sector_code = ?""")
                .params(sent, failed, group.waveId(), group.municipalityCode(), group.sector().name()).update();
    }

    /** A fresh link to every address of the group whose link is unused; returns how many were mailed. */
    private int remind(Group group) {
        sendPending(group);
        MailText words = new MailText(language(group));
        record Unused(String address, long invitation) {
        }
        List<Unused> unused = jdbc.sql("""
                        SELECT a.address, a.invitation_id FROM survey_mail_address a
                        JOIN survey_invitation i ON i.id = a.invitation_id
                        WHERE a.wave_id = ? AND a.municipality_code = ? AND a.sector_code = ? AND a.state = 'SENT' AND NOT i.used""")
                .params(group.params()).query((rs, n) -> new Unused(rs.getString(1), rs.getLong(2))).list();
        int reminded = 0;
        for (Unused link : unused) {
            String token = InvitationToken.generate();
            boolean renewed = jdbc.sql("UPDATE survey_invitation SET token_hash = ? WHERE id = ? AND NOT used")
                    .params(InvitationToken.hash(token), link.invitation()).update() == 1;
            if (renewed && mail(link.address(), words, group, token, "survey.mail.reminder")) {
                reminded++;
            }
        }
        return reminded;
    }

    private boolean mail(String address, MailText words, Group group, String token, String key) {
        String municipality = municipalities.byCode(group.municipalityCode()).map(Municipality::name)
                .orElse(String.valueOf(group.municipalityCode()));
        MailContent content = new MailContent(words.text(key + ".subject"), words.text(key + ".heading"),
                List.of(words.text(key + ".text", municipality), words.text("survey.mail.anonymous")),
                List.of(new MailLink(words.text("survey.mail.answer"), layout.link("survey/" + token))));
        try {
            postman.sendToAddress(address, words.language(), content, words.text("survey.mail.reason", municipality));
            return true;
        } catch (MailException e) {
            // never the address: it is personal data
            log.warn("A survey mail for wave {} could not be sent: {}", group.waveId(), e.getClass().getSimpleName());
            return false;
        }
    }

    private MailingStatus status(Group group) {
        record Counts(boolean sending, int sent, int failed) {
        }
        Counts counts = jdbc.sql("""
                        SELECT sending, sent, failed FROM survey_mailing
                        WHERE wave_id = ? AND municipality_code = ? AND sector_code = ?""").params(group.params())
                .query((rs, n) -> new Counts(rs.getBoolean(1), rs.getInt(2), rs.getInt(3))).optional().orElse(null);
        if (counts == null) {
            return MailingStatus.NONE;
        }
        List<MailingStatus.Reminder> reminders = jdbc.sql("""
                        SELECT remind_on, done, reminded FROM survey_mail_reminder
                        WHERE wave_id = ? AND municipality_code = ? AND sector_code = ? ORDER BY remind_on""")
                .params(group.params()).query((rs, n) -> {
                    Integer reminded = (Integer) rs.getObject(3, Integer.class);
                    // invited minus reminded is who answered: shown only as the anonymity rule allows
                    boolean shown = reminded != null && rule.shows(counts.sent() - reminded);
                    return new MailingStatus.Reminder(rs.getObject(1, LocalDate.class), rs.getBoolean(2),
                            shown ? reminded : null);
                }).list();
        return new MailingStatus(counts.sending(), counts.sent(), counts.failed(), reminders);
    }

    private UiLanguage language(Group group) {
        return jdbc.sql("SELECT language FROM survey_mailing WHERE wave_id = ? AND municipality_code = ? AND sector_code = ?")
                .params(group.params()).query(String.class).optional()
                .map(tag -> "en".equals(tag) ? UiLanguage.ENGLISH : UiLanguage.DANISH).orElse(UiLanguage.DANISH);
    }

    /** One municipality's sector of a wave: what an address list is for. */
    record Group(long waveId, int municipalityCode, Sector sector) {

        Object[] params() {
            return new Object[] {waveId, municipalityCode, sector.name()};
        }
    }
}
