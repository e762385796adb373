package dk.samspil.security.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samspil.base.i18n.TimeFormats;
import dk.samspil.security.SignInLockout;
import dk.samspil.security.SignInThrottle;
import jakarta.annotation.security.RolesAllowed;

/**
 * The sign-in lockouts in force, for the data manager: who is paused (a user name as typed, or a
 * client address), after how many failures, until when. Each lockout is in the audit log too.
 */
@Route("lockouts")
@Menu(title = "nav.lockouts", order = 91)
@RolesAllowed("DATA_MANAGER")
class LockoutsView extends Main implements HasDynamicTitle {

    final Grid<SignInLockout> grid = new Grid<>();

    LockoutsView(SignInThrottle throttle) {
        addClassName("page");
        DateTimeFormatter time = TimeFormats.dateTimeWithSeconds(getLocale());
        grid.addColumn(lockout -> getTranslation("lockouts.kind." + lockout.kind())).setHeader(getTranslation("lockouts.kind"));
        grid.addColumn(SignInLockout::subject).setHeader(getTranslation("lockouts.subject"));
        grid.addColumn(SignInLockout::failures).setHeader(getTranslation("lockouts.failures"));
        grid.addColumn(lockout -> time.format(lockout.lockedUntil())).setHeader(getTranslation("lockouts.until"));
        grid.setItems(throttle.active());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("lockouts.title"));
        grid.setEmptyStateText(getTranslation("lockouts.empty"));
        add(new H2(getTranslation("lockouts.title")), new Paragraph(getTranslation("lockouts.intro")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lockouts.title") + " · Samspil";
    }
}
