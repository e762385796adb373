package dk.samspil.mail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import dk.samspil.base.i18n.UiLanguage;

/**
 * The mails' words in Danish or English ({@code dk/samspil/mail/mail*.properties}), outside any
 * page: mails are made by scheduled tasks and background jobs, where there is no UI to translate.
 */
public final class MailText {

    private static final ResourceBundle.Control EXACT = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private final UiLanguage language;
    private final ResourceBundle bundle;

    public MailText(UiLanguage language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("dk/samspil/mail/mail",
                language == UiLanguage.ENGLISH ? Locale.ROOT : Locale.of("da"), EXACT);
    }

    public UiLanguage language() {
        return language;
    }

    /** The text of {@code key}, always through MessageFormat (as Vaadin's getTranslation: '' is an apostrophe). */
    public String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
    }
}
