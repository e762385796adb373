package dk.samspil.mail.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.samspil.base.i18n.LanguageSwitch;
import dk.samspil.base.i18n.UiLanguage;
import dk.samspil.mail.MailKind;
import dk.samspil.mail.MailPreferences;
import dk.samspil.mail.MailText;
import dk.samspil.mail.UnsubscribePath;
import dk.samspil.mail.UnsubscribeTokens;
import dk.samspil.mail.UnsubscribeTokens.Unsubscribe;

/**
 * Afmeld: where a mail's unsubscribe link leads, open without sign-in (the signed link is the proof).
 * It says which mails it stops and stops them at a button, not on opening: mail scanners that follow
 * links must not unsubscribe anyone. A forged or altered link changes nothing and says so.
 */
@Route(value = UnsubscribePath.PATH, autoLayout = false)
@AnonymousAllowed
class UnsubscribeView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    final Button confirm = new Button();
    final Paragraph message = new Paragraph();
    private final UnsubscribeTokens tokens;
    private final MailPreferences preferences;

    UnsubscribeView(UnsubscribeTokens tokens, MailPreferences preferences) {
        this.tokens = tokens;
        this.preferences = preferences;
        addClassNames("login-view", "unsubscribe-view");
        message.addClassName("unsubscribe-message");
        confirm.addClassName("unsubscribe-confirm");
        message.getElement().setAttribute("role", "status");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        // Vaadin keeps this view when only the link changes: nothing of the last link may stay
        removeAll();
        message.setText("");
        add(new LanguageSwitch(), new H1(getTranslation("app.name")), new H2(getTranslation("unsubscribe.title")));
        Optional<Unsubscribe> unsubscribe = tokens.verify(token);
        if (unsubscribe.isEmpty()) {
            message.setText(getTranslation("unsubscribe.invalid"));
            add(message);
            return;
        }
        String kind = kindName(unsubscribe.get().kind());
        confirm.setText(getTranslation("unsubscribe.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            preferences.set(unsubscribe.get().userId(), unsubscribe.get().kind(), false);
            confirm.setVisible(false);
            message.setText(getTranslation("unsubscribe.done", kind));
        });
        add(new Paragraph(getTranslation("unsubscribe.question", kind)), confirm, message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unsubscribe.title") + " – " + getTranslation("app.name");
    }

    /** The kind's name as the mails call it, so the page and the mail's footer say the same. */
    private String kindName(MailKind kind) {
        return new MailText(UiLanguage.of(getLocale())).text(kind.key());
    }
}
