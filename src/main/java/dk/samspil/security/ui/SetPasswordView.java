package dk.samspil.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.samspil.base.i18n.LanguageSwitch;
import dk.samspil.security.OneTimeLink;
import dk.samspil.security.PasswordLink;
import dk.samspil.security.PasswordLinks;
import dk.samspil.security.PasswordRejected;

/**
 * Adgangskode: where a one-time link leads, open without sign-in (the link is the proof). Lets the
 * user choose a password the policy accepts; a used, expired or unknown link is said plainly and
 * changes nothing. The token is in the path, never shown on the page.
 */
@Route(value = OneTimeLink.PATH, autoLayout = false)
@AnonymousAllowed
class SetPasswordView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();
    final Paragraph message = new Paragraph();
    private final PasswordLinks links;
    private String token;

    SetPasswordView(PasswordLinks links) {
        this.links = links;
        addClassName("login-view");
        message.getElement().setAttribute("role", "alert");
        message.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        token = parameter;
        removeAll();
        add(new LanguageSwitch(), new H1(getTranslation("app.name")));
        PasswordLink link = links.check(token);
        if (link.open()) {
            showForm(link.username());
        } else {
            showNotUsable(link.state());
        }
    }

    private void showForm(String username) {
        password.setLabel(getTranslation("password-link.password"));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setRequiredIndicatorVisible(true);
        password.setWidthFull();
        repeat.setLabel(getTranslation("password-link.repeat"));
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setRequiredIndicatorVisible(true);
        repeat.setWidthFull();
        save.setText(getTranslation("password-link.submit"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(new H2(getTranslation("password-link.title")), new Paragraph(getTranslation("password-link.for", username)),
                password, repeat, message, save);
    }

    private void save() {
        if (!password.getValue().equals(repeat.getValue())) {
            message.setText(getTranslation("password-link.mismatch"));
            return;
        }
        try {
            PasswordLink.State state = links.use(token, password.getValue());
            removeAll();
            add(new LanguageSwitch(), new H1(getTranslation("app.name")));
            if (state == PasswordLink.State.OPEN) {
                add(new H2(getTranslation("password-link.title")), new Paragraph(getTranslation("password-link.done")),
                        new Anchor("login", getTranslation("password-link.sign-in")));
            } else {
                showNotUsable(state);
            }
        } catch (PasswordRejected rejected) {
            message.setText(getTranslation(rejected.problem().messageKey()));
        }
    }

    private void showNotUsable(PasswordLink.State state) {
        add(new H2(getTranslation("password-link.not-usable")), new Paragraph(getTranslation("password-link.state." + state.name())),
                new Anchor("login", getTranslation("password-link.sign-in")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password-link.title") + " · Samspil";
    }
}
