package dk.samspil.mail;

import java.util.Arrays;
import java.util.List;

/**
 * What a mail is about. A user may turn each kind sent to users on or off (Mine indstillinger, or the
 * unsubscribe link in every such mail); survey invitations and reminders go to the addresses a lead
 * uploaded for one wave, not to users, and end with the wave.
 */
public enum MailKind {
    SURVEY_INVITATION(false),
    SURVEY_REMINDER(false),
    MUNICIPALITY_DIGEST(true),
    PROGRAMME_DIGEST(true),
    QUARTERLY_REPORT(true),
    LATE_FILES(true);

    private final boolean toUsers;

    MailKind(boolean toUsers) {
        this.toUsers = toUsers;
    }

    /** Sent to users, who may unsubscribe from it. */
    public boolean toUsers() {
        return toUsers;
    }

    public static List<MailKind> userKinds() {
        return Arrays.stream(values()).filter(MailKind::toUsers).toList();
    }

    /** The key of the kind's name in the translations ({@code mail.kind.municipality-digest}). */
    public String key() {
        return "mail.kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
