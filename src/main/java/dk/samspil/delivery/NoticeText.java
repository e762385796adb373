package dk.samspil.delivery;

import java.text.MessageFormat;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.ResourceBundle;

import dk.samspil.base.i18n.UiLanguage;

/**
 * The words of this module's mails in Danish or English ({@code dk/samspil/delivery/notice*.properties}),
 * kept beside the mails that use them; the mail core's layout adds the frame and the footer.
 */
final class NoticeText {

    private static final ResourceBundle.Control EXACT = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private final UiLanguage language;
    private final ResourceBundle bundle;

    NoticeText(UiLanguage language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("dk/samspil/delivery/notice",
                language == UiLanguage.ENGLISH ? Locale.ROOT : Locale.of("da"), EXACT);
    }

    String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
    }

    String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, language.locale()) + " " + month.getYear();
    }

    UiLanguage language() {
        return language;
    }
}
