package dk.samspil.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.stereotype.Component;

/**
 * Every new UI starts in the user's chosen language, Danish by default whatever the browser
 * says, and the page's {@code lang} follows it (screen readers pronounce by it, WCAG 3.1.1).
 */
@Component
class LanguageSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI(), chosen(VaadinRequest.getCurrent())));
    }

    static UiLanguage chosen(VaadinRequest request) {
        if (request instanceof VaadinServletRequest servletRequest) {
            return UiLanguage.fromCookies(servletRequest.getHttpServletRequest().getCookies());
        }
        return UiLanguage.DANISH;
    }

    static void apply(UI ui, UiLanguage language) {
        ui.setLocale(language.locale());
        if (ui.getSession() != null) {
            ui.getSession().setLocale(language.locale());
        }
        ui.getElement().executeJs("document.documentElement.setAttribute('lang', $0)", language.tag());
    }
}
