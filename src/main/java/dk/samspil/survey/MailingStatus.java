package dk.samspil.survey;

import java.time.LocalDate;
import java.util.List;

/**
 * What the sender of a municipality's sector's invitations sees: counts, never who. While a list is
 * being mailed {@code sending} is true.
 *
 * @param sent      invitations mailed so far
 * @param failed    addresses the mail server refused
 * @param reminders the chosen reminder days, oldest first
 */
public record MailingStatus(boolean sending, int sent, int failed, List<Reminder> reminders) {

    public static final MailingStatus NONE = new MailingStatus(false, 0, 0, List.of());

    /**
     * @param reminded how many unused links were reminded; null until done, and null too when the
     *                 invited minus the reminded — who answered — is below the anonymity threshold
     */
    public record Reminder(LocalDate on, boolean done, Integer reminded) {
    }
}
