package dk.samspil.base.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.samspil.base.i18n.LanguageSwitch;

/**
 * The shell around every signed-in page. The side navigation is built from the views' {@code @Menu}
 * annotations, and {@link MenuConfiguration} leaves out the views the user's role may not open.
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout {

    final SideNav navigation = new SideNav();
    final Button signOut;

    MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        signOut = new Button(getTranslation("nav.sign-out"), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        navigation.setLabel(getTranslation("nav.label"));
        MenuConfiguration.getMenuEntries().forEach(entry -> navigation.addItem(item(entry)));
        addToDrawer(brand(), new Scroller(navigation), userFooter(authentication));
        addToNavbar(new DrawerToggle(), new Div(), new LanguageSwitch());
    }

    private Header brand() {
        H1 name = new H1(getTranslation("app.name"));
        name.addClassName("brand-name");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("brand-tagline");
        Header header = new Header(name, tagline);
        header.addClassName("brand");
        return header;
    }

    private SideNavItem item(MenuEntry entry) {
        return new SideNavItem(getTranslation(entry.title()), entry.path());
    }

    private Footer userFooter(AuthenticationContext authentication) {
        Span who = new Span(authentication.getPrincipalName().orElse(""));
        who.addClassName("signed-in-user");
        String roles = authentication.getGrantedRoles().stream()
                .map(role -> getTranslation("role." + role))
                .collect(Collectors.joining(", "));
        Span role = new Span(roles);
        role.addClassName("signed-in-role");
        Footer footer = new Footer(who, role, signOut);
        footer.addClassName("user-footer");
        return footer;
    }
}
