package dk.samspil.improvement.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samspil.dashboard.IndicatorCatalogue;
import dk.samspil.improvement.ActionSummary;
import dk.samspil.improvement.ImprovementActions;
import dk.samspil.municipality.Municipalities;
import dk.samspil.municipality.Municipality;
import dk.samspil.security.CurrentUser;
import dk.samspil.security.Role;
import dk.samspil.security.SignedInUser;
import jakarta.annotation.security.RolesAllowed;

/**
 * Improvement actions: what is being tried where, by which role, and when it is next reviewed. An
 * overdue review carries a badge in words and colour. A lead records and edits their own
 * municipality's actions; the steering group the programme's and any municipality's.
 */
@Route("actions")
@Menu(title = "nav.actions", order = 1.9)
@RolesAllowed({"STEERING", "MUNICIPAL_LEAD"})
class ActionsView extends Main implements HasDynamicTitle {

    final Button create = new Button();
    final Grid<ActionSummary> grid = new Grid<>();
    final Paragraph summary = new Paragraph();
    private final ImprovementActions actions;
    private final Municipalities municipalities;
    private final List<Optional<Municipality>> units = new ArrayList<>();
    private final Clock clock;

    ActionsView(ImprovementActions actions, Municipalities municipalities, CurrentUser currentUser, Clock clock) {
        this.actions = actions;
        this.municipalities = municipalities;
        this.clock = clock;
        addClassName("page");
        SignedInUser user = currentUser.require();
        if (user.role() == Role.MUNICIPAL_LEAD) {
            units.add(municipalities.byCode(user.municipalityCode()));
        } else {
            units.add(Optional.empty());
            municipalities.all().forEach(m -> units.add(Optional.of(m)));
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        create.setText(getTranslation("actions.new"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(click -> open(null));
        create.getStyle().set("align-self", "flex-start");
        grid.addColumn(ActionSummary::title).setHeader(getTranslation("actions.what")).setFlexGrow(3);
        grid.addColumn(ActionSummary::responsibleRole).setHeader(getTranslation("actions.who")).setFlexGrow(2);
        grid.addColumn(a -> unitName(a.municipalityCode())).setHeader(getTranslation("actions.unit"));
        grid.addColumn(a -> a.indicatorCodes().stream().map(code -> IndicatorCatalogue.get(code).shortName().in(getLocale()))
                .sorted().collect(Collectors.joining(", "))).setHeader(getTranslation("actions.indicators")).setFlexGrow(2);
        grid.addColumn(a -> date.format(a.start())).setHeader(getTranslation("actions.start"));
        grid.addComponentColumn(a -> review(a, date)).setHeader(getTranslation("actions.review")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation("actions.status." + a.status())).setHeader(getTranslation("actions.status"));
        grid.addComponentColumn(a -> {
            Button edit = new Button(getTranslation("actions.edit.short"), click -> open(a));
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            edit.getElement().setAttribute("aria-label", getTranslation("actions.edit.named", a.title()));
            return edit;
        }).setHeader(getTranslation("actions.change")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        // long titles, roles and the overdue badge wrap instead of being cut off
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("actions.title"));
        summary.addClassName("figure-note");
        add(new H2(getTranslation("actions.title")), new Paragraph(getTranslation("actions.intro")), create, summary, grid);
        refresh();
    }

    private Span review(ActionSummary action, DateTimeFormatter date) {
        Span cell = new Span(date.format(action.review()));
        if (action.reviewOverdue()) {
            Span badge = new Span(getTranslation("actions.overdue"));
            badge.addClassName("badge-overdue");
            // styled here, not in the theme: a theme change would need both front-end bundles rebuilt
            badge.getStyle().set("display", "inline-block").set("border-radius", "var(--lumo-border-radius-m)")
                    .set("padding", "0.1em 0.45em").set("font-size", "var(--lumo-font-size-xs)").set("font-weight", "600")
                    .set("color", "#ffffff").set("background", "#8a3b12");
            cell.add(new Span(" "), badge);
        }
        return cell;
    }

    void open(ActionSummary editing) {
        ActionDialog dialog = new ActionDialog(actions, units, editing, saved -> refresh());
        if (editing == null) {
            dialog.startingOn(LocalDate.now(clock));
        }
        dialog.open();
    }

    private String unitName(Integer code) {
        return code == null ? getTranslation("targets.programme")
                : municipalities.byCode(code).map(Municipality::name).orElse(String.valueOf(code));
    }

    private void refresh() {
        List<ActionSummary> shown = actions.visible();
        grid.setItems(shown);
        long overdue = shown.stream().filter(ActionSummary::reviewOverdue).count();
        summary.setText(getTranslation("actions.summary", shown.size(), overdue));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("actions.title") + " · Samspil";
    }
}
