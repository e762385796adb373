package dk.samspil.improvement;

import java.util.regex.Pattern;

import dk.samspil.base.privacy.CprNumbers;

/**
 * Keeps personal data out of an action's free text: an action names a role, not a person, and is
 * read by the whole steering group. Refused are CPR-like numbers (the shared guard, decision
 * 0013), e-mail addresses and Danish phone numbers (eight digits, spaced or not) — the ways a
 * person is most often identified in a field meant for a role. A bare name cannot be told from a
 * role by a rule; the form's help text asks for a role.
 */
final class PersonalText {

    private static final Pattern E_MAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:\\+45[\\s-]?)?(?:\\d[\\s-]?){7}\\d(?!\\d)");

    private PersonalText() {
    }

    static boolean looksPersonal(String text) {
        return text != null && (CprNumbers.containsCprNumber(text) || E_MAIL.matcher(text).find()
                || PHONE.matcher(text).find());
    }
}
