package dk.samspil.base.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

/** The UI's two languages; Danish unless the user chose English (kept in a cookie). */
public enum UiLanguage {
    DANISH(Locale.of("da", "DK")),
    ENGLISH(Locale.ENGLISH);

    public static final String COOKIE = "samspil-lang";

    private final Locale locale;

    UiLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String tag() {
        return locale.getLanguage();
    }

    public static UiLanguage of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : DANISH;
    }

    public static UiLanguage fromCookies(Cookie[] cookies) {
        return Optional.ofNullable(cookies).stream().flatMap(Arrays::stream)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(cookie -> "en".equals(cookie.getValue()) ? ENGLISH : DANISH)
                .findFirst().orElse(DANISH);
    }
}
