package dk.samspil.base.i18n;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times as the reader's language writes them ("13. sep. 2026 14.05" in Danish), the
 * same style on every page: ISO dates beside Danish ones read as two different systems.
 */
public final class TimeFormats {

    private TimeFormats() {
    }

    /** A day ("13. okt. 2026" in Danish, "13 Oct 2026" or "Oct 13, 2026" in English). */
    public static DateTimeFormatter date(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    public static DateTimeFormatter dateTime(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    }

    /** With seconds, where the order of events a second apart matters (sign-ins, lockouts). */
    public static DateTimeFormatter dateTimeWithSeconds(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM).withLocale(locale);
    }
}
