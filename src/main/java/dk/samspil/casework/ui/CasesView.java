package dk.samspil.casework.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import dk.samspil.base.i18n.TimeFormats;
import dk.samspil.casework.CaseService;
import dk.samspil.casework.CaseSummary;
import dk.samspil.municipality.Municipalities;
import dk.samspil.municipality.Municipality;
import dk.samspil.security.CurrentUser;
import dk.samspil.security.SignedInUser;
import jakarta.annotation.security.RolesAllowed;

/**
 * A municipality's cases, overdue follow-ups first. A municipal lead sees their own municipality;
 * a data manager picks one, and the choice is kept in the URL ({@code ?municipality=461}).
 */
@Route("cases")
@Menu(title = "nav.cases", order = 2)
@RolesAllowed({"MUNICIPAL_LEAD", "DATA_MANAGER"})
class CasesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Select<Municipality> municipality = new Select<>();
    final Grid<CaseSummary> grid = new Grid<>();
    private final CaseService cases;
    private final SignedInUser user;
    private final LocalDate today;

    CasesView(CaseService cases, Municipalities municipalities, CurrentUser currentUser, Clock clock) {
        this.cases = cases;
        this.user = currentUser.require();
        this.today = LocalDate.now(clock);
        addClassName("page");
        municipality.setLabel(getTranslation("cases.municipality"));
        municipality.setItemLabelGenerator(Municipality::name);
        municipality.setItems(user.municipality()
                .map(code -> municipalities.byCode(code).stream().toList())
                .orElseGet(municipalities::all));
        municipality.setVisible(user.municipality().isEmpty());
        municipality.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(CasesView.class,
                        QueryParameters.of("municipality", String.valueOf(change.getValue().code()))));
            }
        });
        configureGrid();
        add(new H2(getTranslation("cases.title")), municipality, grid);
    }

    private void configureGrid() {
        grid.addComponentColumn(row -> new Anchor(RouteConfiguration.forSessionScope().getUrl(CaseView.class, row.id()),
                row.caseRef())).setHeader(getTranslation("cases.case-ref")).setComparator(CaseSummary::caseRef);
        grid.addColumn(row -> getTranslation("case.status." + row.status())).setHeader(getTranslation("cases.status"));
        // dates as the reader's language writes them; sorted by the date, not by its words
        DateTimeFormatter dates = TimeFormats.date(getLocale());
        grid.addColumn(row -> dates.format(row.enrolledOn())).setHeader(getTranslation("cases.enrolled-on"))
                .setComparator(Comparator.comparing(CaseSummary::enrolledOn));
        grid.addColumn(row -> row.lastMeetingOn() == null ? "" : dates.format(row.lastMeetingOn()))
                .setHeader(getTranslation("cases.last-meeting"))
                .setComparator(Comparator.comparing(CaseSummary::lastMeetingOn,
                        Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.addComponentColumn(row -> dk.samspil.base.ui.FollowUpBadge.cell(
                        row.nextFollowUpOn() == null ? null : dates.format(row.nextFollowUpOn()), row.followUpOverdue(today),
                        row.status() == dk.samspil.casework.CaseStatus.ACTIVE))
                .setHeader(getTranslation("cases.next-follow-up"));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("cases.title"));
        grid.setEmptyStateText(getTranslation("cases.empty"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        Optional<Integer> requested = Optional.ofNullable(parameters.get("municipality"))
                .flatMap(values -> values.stream().findFirst())
                .filter(value -> value.matches("\\d{3}"))
                .map(Integer::valueOf);
        Optional<Integer> chosen = user.municipality().or(() -> requested);
        chosen.flatMap(code -> municipality.getListDataView().getItems().filter(m -> m.code() == code).findFirst())
                .ifPresent(municipality::setValue);
        // the service decides: a lead asking for another municipality by URL is refused there
        grid.setItems(chosen.map(code -> cases.casesOf(requested.orElse(code)).stream()
                .sorted(Comparator.comparing((CaseSummary row) -> !row.followUpOverdue(today))
                        .thenComparing(CaseSummary::caseRef))
                .toList()).orElse(List.of()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.title") + " · Samspil";
    }
}
