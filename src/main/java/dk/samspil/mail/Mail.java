package dk.samspil.mail;

import java.util.Objects;

import dk.samspil.base.i18n.UiLanguage;

/**
 * One mail as it leaves: to one address, in one language, with the same words as plain text and as
 * HTML. Made by {@link MailLayout}; the address is never logged.
 */
public record Mail(String to, UiLanguage language, String subject, String text, String html) {

    public Mail {
        Objects.requireNonNull(to);
        Objects.requireNonNull(language);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
        Objects.requireNonNull(html);
    }

    @Override
    public String toString() {
        return "Mail[" + language.tag() + ", " + subject + "]";
    }
}
