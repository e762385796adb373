package dk.samspil.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.Cookie;

/** "Dansk | English": remembers the choice in a cookie and reloads the page in that language. */
public class LanguageSwitch extends Nav {

    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;

    public LanguageSwitch() {
        addClassName("language-switch");
        getElement().setAttribute("aria-label", getTranslation("language.switch"));
        add(button(UiLanguage.DANISH, "Dansk"), button(UiLanguage.ENGLISH, "English"));
    }

    private Button button(UiLanguage language, String name) {
        Button button = new Button(name, click -> choose(language));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("lang", language.tag());
        boolean current = UiLanguage.of(getLocale()) == language;
        button.getElement().setAttribute("aria-pressed", String.valueOf(current));
        button.setEnabled(!current);
        return button;
    }

    private void choose(UiLanguage language) {
        Cookie cookie = new Cookie(UiLanguage.COOKIE, language.tag());
        cookie.setPath("/");
        cookie.setMaxAge(ONE_YEAR_SECONDS);
        cookie.setHttpOnly(true);
        if (VaadinService.getCurrentResponse() != null) {
            VaadinService.getCurrentResponse().addCookie(cookie);
        }
        UI ui = UI.getCurrent();
        LanguageSetup.apply(ui, language);
        ui.getPage().reload();
    }
}
