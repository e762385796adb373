package dk.samspil.audit.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samspil.audit.AuditEntry;
import dk.samspil.audit.AuditLog;
import jakarta.annotation.security.RolesAllowed;

/** The newest 500 audit entries, for the data manager. */
@Route("audit")
@Menu(title = "nav.audit", order = 90)
@RolesAllowed("DATA_MANAGER")
class AuditLogView extends Main implements HasDynamicTitle {

    final Grid<AuditEntry> grid = new Grid<>();

    AuditLogView(AuditLog auditLog) {
        addClassName("page");
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        grid.addColumn(entry -> time.format(entry.occurredAt())).setHeader(getTranslation("audit.when"));
        grid.addColumn(AuditEntry::username).setHeader(getTranslation("audit.who"));
        grid.addColumn(entry -> getTranslation("audit.action." + entry.action())).setHeader(getTranslation("audit.what"));
        grid.addColumn(AuditEntry::target).setHeader(getTranslation("audit.target"));
        grid.addColumn(entry -> getTranslation("audit.outcome." + entry.outcome())).setHeader(getTranslation("audit.outcome"));
        grid.setItems(auditLog.recent(500));
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.setEmptyStateText(getTranslation("audit.empty"));
        add(new H2(getTranslation("audit.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · Samspil";
    }
}
