package dk.samspil.report;

import java.text.MessageFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The report's words in Danish or English: its own bundle first, then the pages' (indicator,
 * sector and core-element names, so the report calls things what the screens call them).
 */
final class ReportText {

    static final Locale DANISH = Locale.of("da");

    private static final ResourceBundle.Control EXACT = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    ReportText(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : DANISH;
        this.bundles = List.of(ResourceBundle.getBundle("dk/samspil/report/report", this.locale, EXACT),
                ResourceBundle.getBundle("vaadin-i18n/translations", this.locale, EXACT));
    }

    Locale locale() {
        return locale;
    }

    /** The language tag of the document ({@code da}, {@code en}). */
    String tag() {
        return locale.getLanguage();
    }

    String text(String key, Object... arguments) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                // always through MessageFormat, as Vaadin's getTranslation: '' is an apostrophe in every text
                return new MessageFormat(pattern, locale).format(arguments);
            }
        }
        throw new MissingResourceException("no text for " + key, ReportText.class.getName(), key);
    }

    String month(YearMonth month) {
        return month.format(DateTimeFormatter.ofPattern("MMM yyyy", locale)).replace(".", "");
    }

    String monthShort(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, locale).replace(".", "");
    }
}
