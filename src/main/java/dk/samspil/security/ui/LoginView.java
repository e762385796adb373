package dk.samspil.security.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.samspil.base.i18n.LanguageSwitch;
import dk.samspil.security.SsoSettings;

/** Sign-in with Vaadin's login form; texts from the resource bundles, Danish first. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm login = new LoginForm();

    LoginView(SsoSettings organisationLogin) {
        addClassName("login-view");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(texts(false));
        add(new LanguageSwitch(), new H1(getTranslation("app.name")),
                new Paragraph(getTranslation("login.intro")));
        if (organisationLogin.enabled()) {
            add(organisationLoginLink());
        }
        add(login);
    }

    /**
     * A plain link to Spring's redirect to the provider, not a form: a GET that starts the sign-in
     * (state and nonce are made there) and that the policy's form-action does not govern.
     */
    private Anchor organisationLoginLink() {
        Anchor link = new Anchor("oauth2/authorization/sso", getTranslation("login.organisation"));
        link.setRouterIgnore(true);
        link.addClassName("organisation-login");
        link.getElement().setAttribute("theme", "primary");
        link.getStyle().set("display", "block").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "2px solid var(--lumo-primary-color)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("font-weight", "600").set("text-decoration", "none").set("margin-top", "var(--lumo-space-m)");
        return link;
    }

    /** One message for every refused sign-in, so it says neither whether the user exists nor whether it is locked. */
    private LoginI18n texts(boolean expired) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(expired ? "login.expired.title" : "login.error.title"));
        error.setMessage(getTranslation(expired ? "login.expired.message" : "login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        // "expired": the form was posted without a valid CSRF token (SecurityConfig)
        boolean expired = parameters.containsKey("expired");
        if (expired) {
            login.setI18n(texts(true));
        }
        login.setError(expired || parameters.containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Samspil";
    }
}
