package dk.samspil.delivery.ui;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dk.samspil.base.i18n.TimeFormats;
import dk.samspil.delivery.DeliveryContacts;
import dk.samspil.delivery.DeliveryStatus;
import dk.samspil.delivery.FileStatus;
import dk.samspil.delivery.MunicipalityDeliveries;
import dk.samspil.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;

/**
 * Which of a month's files each municipality has delivered: a row per municipality, a column per
 * kind of file, each cell saying in words (and in colour) delivered — when, by which import — or
 * missing. The data manager sets each municipality's data contact here, who gets the late-file reminder.
 * The month is kept in the URL ({@code ?month=2026-11}), so a link shows the same month whatever day it
 * is opened; without one the page opens on last month.
 */
@Route("deliveries")
@Menu(title = "nav.deliveries", order = 4.5)
@RolesAllowed("DATA_MANAGER")
class DeliveriesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Select<YearMonth> month = new Select<>();
    final Paragraph summary = new Paragraph();
    final Grid<MunicipalityDeliveries> grid = new Grid<>();
    private final DeliveryStatus status;
    private final DeliveryContacts contacts;
    private final CurrentUser currentUser;

    DeliveriesView(DeliveryStatus status, DeliveryContacts contacts, CurrentUser currentUser) {
        this.status = status;
        this.contacts = contacts;
        this.currentUser = currentUser;
        addClassName("page");
        List<YearMonth> months = status.months();
        month.setLabel(getTranslation("deliveries.month"));
        month.setItems(months);
        month.setItemLabelGenerator(this::monthName);
        month.setValue(months.getFirst());
        month.setWidth("16em");
        month.addValueChangeListener(change -> {
            refresh();
            if (change.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate(DeliveriesView.class,
                        QueryParameters.of("month", change.getValue().toString())));
            }
        });
        summary.getElement().setAttribute("aria-live", "polite");
        configureGrid();
        add(new H2(getTranslation("deliveries.title")), new Paragraph(getTranslation("deliveries.intro")), month,
                summary, grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<YearMonth> requested = event.getLocation().getQueryParameters().getSingleParameter("month")
                .filter(value -> value.matches("\\d{4}-(0[1-9]|1[0-2])"))
                .map(YearMonth::parse);
        // only a month the select offers: another one in the URL leaves the page on last month
        requested.filter(wanted -> month.getListDataView().contains(wanted)).ifPresent(month::setValue);
    }

    private void configureGrid() {
        grid.addColumn(row -> row.municipality().name()).setHeader(getTranslation("deliveries.municipality"))
                .setAutoWidth(true).setFlexGrow(0).setFrozen(true);
        for (String kind : status.kinds()) {
            grid.addComponentColumn(row -> cell(row.file(kind).orElseThrow()))
                    .setHeader(getTranslation("imports.kind." + kind)).setAutoWidth(true);
        }
        grid.addColumn(row -> row.contact().map(c -> c.email() + " (" + getTranslation("deliveries.language."
                        + c.language().getLanguage()) + ")").orElse(getTranslation("deliveries.contact.none")))
                .setHeader(getTranslation("deliveries.contact")).setAutoWidth(true);
        grid.addComponentColumn(this::editContact).setHeader(getTranslation("deliveries.actions"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("deliveries.title"));
    }

    /** Delivered or missing in words first; the colour and the mark only repeat them. */
    private Component cell(FileStatus file) {
        DateTimeFormatter time = TimeFormats.dateTime(getLocale());
        Div cell = new Div();
        switch (file.state()) {
            case DELIVERED -> {
                var delivered = file.delivered().orElseThrow();
                Span word = new Span(words(file));
                word.getStyle().set("color", "var(--lumo-success-text-color)").set("font-weight", "600");
                Span detail = new Span(getTranslation("deliveries.delivered.detail", time.format(delivered.finishedAt()),
                        String.valueOf(delivered.importId())));
                detail.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
                detail.setTitle(delivered.fileName());
                cell.add(word, detail);
            }
            case MISSING -> {
                Span word = new Span(words(file));
                word.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
                cell.add(word);
                cell.addClassName("delivery-missing");
            }
            case NOT_EXPECTED -> {
                Span word = new Span(words(file));
                word.getStyle().set("color", "var(--lumo-secondary-text-color)");
                cell.add(word);
            }
        }
        return cell;
    }

    /** What a cell says first: the mark is only decoration beside the word. */
    String words(FileStatus file) {
        return switch (file.state()) {
            case DELIVERED -> "✓ " + getTranslation("deliveries.delivered");
            case MISSING -> "✗ " + getTranslation("deliveries.missing");
            case NOT_EXPECTED -> getTranslation("deliveries.not-expected");
        };
    }

    private Button editContact(MunicipalityDeliveries row) {
        Button edit = new Button(getTranslation("deliveries.contact.edit"), click -> new ContactDialog(row, contacts,
                currentUser.require().username(), this::refresh).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        // the button's name says whose contact it edits: a screen reader lists 22 of them
        edit.getElement().setAttribute("aria-label",
                getTranslation("deliveries.contact.edit.for", row.municipality().name()));
        return edit;
    }

    void refresh() {
        List<MunicipalityDeliveries> rows = status.of(month.getValue());
        grid.setItems(rows);
        long missing = rows.stream().mapToLong(r -> r.missing().size()).sum();
        long municipalities = rows.stream().filter(r -> !r.missing().isEmpty()).count();
        summary.setText(missing == 0 ? getTranslation("deliveries.summary.complete", monthName(month.getValue()))
                : getTranslation("deliveries.summary.missing", missing, municipalities, monthName(month.getValue())));
    }

    private String monthName(YearMonth value) {
        return value.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, getLocale()) + " " + value.getYear();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deliveries.title") + " · " + getTranslation("app.name");
    }
}
