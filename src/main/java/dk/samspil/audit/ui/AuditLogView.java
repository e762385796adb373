package dk.samspil.audit.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.samspil.audit.AuditEntry;
import dk.samspil.audit.AuditFilter;
import dk.samspil.audit.AuditTrail;
import dk.samspil.audit.ChainCheck;
import dk.samspil.audit.ChainCheckText;
import dk.samspil.municipality.Municipalities;
import dk.samspil.municipality.Municipality;
import jakarta.annotation.security.RolesAllowed;

/**
 * The whole audit log for the data manager, a page at a time from the database: filtered by user,
 * action, days and municipality (in the URL), exported as CSV, and its hash chain checked.
 */
@Route("audit")
@Menu(title = "nav.audit", order = 90)
@RolesAllowed("DATA_MANAGER")
class AuditLogView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final Grid<AuditEntry> grid = new Grid<>();
    final AuditFilters filters;
    final Span count = new Span();
    final Anchor csv;
    final Button verify = new Button();
    final Paragraph verified = new Paragraph();
    private final AuditTrail trail;
    private final Municipalities municipalities;
    private AuditFilter filter = AuditFilter.ALL;

    AuditLogView(AuditTrail trail, Municipalities municipalities) {
        this.trail = trail;
        this.municipalities = municipalities;
        addClassName("page");
        filters = new AuditFilters(trail.actions(), municipalities.all(), this::choose);
        configureGrid();
        csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = trail.csv(filter, getLocale(), this::getTranslation).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "audit-log.csv", "text/csv;charset=utf-8",
                    bytes.length);
        }), getTranslation("audit.csv"));
        csv.getElement().setAttribute("download", true);
        verify.setText(getTranslation("audit.verify"));
        verify.addClickListener(click -> verifyChain());
        // read out when the check has run (WCAG 4.1.3)
        verified.getElement().setAttribute("role", "status");
        count.getElement().setAttribute("role", "status");
        Div actions = new Div(csv, verify);
        actions.addClassName("actions");
        add(new H2(getTranslation("audit.title")), filters, count, grid, actions, verified);
    }

    private void configureGrid() {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        grid.addColumn(entry -> time.format(entry.occurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(AuditEntry::username).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(entry -> filters.actionName(entry.action())).setHeader(getTranslation("audit.what"));
        grid.addColumn(AuditEntry::target).setHeader(getTranslation("audit.target")).setFlexGrow(2);
        grid.addColumn(entry -> entry.municipalityCode() == null ? "" : municipalities.byCode(entry.municipalityCode())
                .map(Municipality::name).orElse(String.valueOf(entry.municipalityCode())))
                .setHeader(getTranslation("audit.municipality"));
        grid.addColumn(entry -> getTranslation("audit.outcome." + entry.outcome())).setHeader(getTranslation("audit.outcome"));
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setPageSize(100);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.show(event.getLocation().getQueryParameters());
        show(filters.filter());
    }

    private void choose(AuditFilter chosen) {
        getUI().ifPresent(ui -> ui.navigate(AuditLogView.class, AuditFilters.parameters(chosen)));
    }

    /** Sorting, paging and counting all happen in SQL: the page holds one page of entries, not the log. */
    private void show(AuditFilter chosen) {
        filter = chosen;
        grid.setItems(new CallbackDataProvider<AuditEntry, Void>(
                query -> trail.page(chosen, query.getOffset(), query.getLimit()).stream(),
                query -> trail.count(chosen)));
        count.setText(getTranslation("audit.count", trail.count(chosen)));
    }

    private void verifyChain() {
        ChainCheck check = trail.verifyChain();
        verified.setText(ChainCheckText.of(check, this::getTranslation));
        verified.getElement().getClassList().set("problem", !check.intact());
        // the check is itself an entry
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("audit.count", trail.count(filter)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · Samspil";
    }
}
