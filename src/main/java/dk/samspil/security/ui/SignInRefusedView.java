package dk.samspil.security.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.samspil.base.i18n.LanguageSwitch;

/**
 * Where a sign-in through the organisation's login ends when Samspil refuses it (docs/decisions/0017):
 * the provider knew the person, but their role or municipality there gives them no access here. It
 * says what to ask their own administrator for; the refusal itself is already in the audit log.
 */
@Route(value = "login-refused", autoLayout = false)
@AnonymousAllowed
class SignInRefusedView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Set<String> REASONS = Set.of("no-role", "several-roles", "unknown-municipality",
            "unknown-sector", "no-username", "username-taken", "disabled", "failed");

    private final Paragraph text = new Paragraph();

    SignInRefusedView() {
        addClassNames("login-view", "sign-in-refused");
        Anchor back = new Anchor("login", getTranslation("login.refused.back"));
        back.setRouterIgnore(true);
        add(new LanguageSwitch(), new H1(getTranslation("app.name")), new H2(getTranslation("login.refused.title")),
                text, back);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // only the known reasons are shown: the address is the user's to edit
        List<String> given = event.getLocation().getQueryParameters().getParameters().getOrDefault("reason", List.of());
        String reason = given.size() == 1 && REASONS.contains(given.getFirst()) ? given.getFirst() : "failed";
        text.setText(getTranslation("login.refused." + reason));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.refused.title") + " · Samspil";
    }
}
