package dk.samspil.security.ui;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dk.samspil.base.i18n.TimeFormats;
import dk.samspil.base.ui.UrlParameters;
import dk.samspil.municipality.Municipalities;
import dk.samspil.municipality.Municipality;
import dk.samspil.municipality.Sector;
import dk.samspil.security.AccountRejected;
import dk.samspil.security.CurrentUser;
import dk.samspil.security.ManagedUser;
import dk.samspil.security.OneTimeLink;
import dk.samspil.security.Role;
import dk.samspil.security.SignedInUser;
import dk.samspil.security.UserAdministration;
import dk.samspil.security.UserFilter;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * Brugere / Users: the data manager's list of every account, a municipal lead's of their own
 * professionals, with search and filters kept in the URL. Create, edit, disable or enable, and a
 * new one-time password link; there is no delete. The service decides what each may do.
 */
@Route("users")
@Menu(title = "nav.users", order = 90)
@RolesAllowed({"DATA_MANAGER", "MUNICIPAL_LEAD"})
class UsersView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final TextField search = new TextField();
    final Select<Role> role = new Select<>();
    final Select<Municipality> municipality = new Select<>();
    final Select<Boolean> enabled = new Select<>();
    final Button create = new Button();
    final Grid<ManagedUser> grid = new Grid<>();
    private final UserAdministration administration;
    private final List<Municipality> assignable;
    private final Map<Integer, String> names;

    UsersView(UserAdministration administration, Municipalities municipalities, CurrentUser currentUser) {
        this.administration = administration;
        SignedInUser user = currentUser.require();
        List<Municipality> all = municipalities.all();
        this.names = all.stream().collect(Collectors.toMap(Municipality::code, Municipality::name, (a, b) -> a, LinkedHashMap::new));
        this.assignable = user.municipality().map(own -> all.stream().filter(m -> m.code() == own).toList()).orElse(all);
        addClassName("page");
        configureFilters(user.role() == Role.DATA_MANAGER);
        create.setText(getTranslation("users.create"));
        create.addClassName("create-user");
        create.getStyle().set("align-self", "flex-start");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> new UserDialog(null, administration.assignableRoles(), assignable,
                (name, details) -> showLink(name, administration.create(name, details).link()), name -> refresh()).open());
        configureGrid();
        HorizontalLayout filters = new HorizontalLayout(search, role, municipality, enabled);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("users.title")),
                new Paragraph(getTranslation(user.role() == Role.DATA_MANAGER ? "users.intro" : "users.intro.lead")),
                filters, create, grid);
    }

    private void configureFilters(boolean dataManager) {
        search.setLabel(getTranslation("users.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        role.setLabel(getTranslation("users.filter.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> value == null ? getTranslation("users.filter.any") : getTranslation("role." + value.name()));
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("users.filter.any"));
        role.setVisible(dataManager);
        municipality.setLabel(getTranslation("users.filter.municipality"));
        municipality.setItems(assignable);
        municipality.setItemLabelGenerator(value -> value == null ? getTranslation("users.filter.any") : value.name());
        municipality.setEmptySelectionAllowed(true);
        municipality.setEmptySelectionCaption(getTranslation("users.filter.any"));
        municipality.setVisible(dataManager);
        enabled.setLabel(getTranslation("users.filter.enabled"));
        enabled.setItems(true, false);
        enabled.setItemLabelGenerator(value -> value == null ? getTranslation("users.filter.any")
                : getTranslation(value ? "users.status.enabled" : "users.status.disabled"));
        enabled.setEmptySelectionAllowed(true);
        enabled.setEmptySelectionCaption(getTranslation("users.filter.any"));
        search.addValueChangeListener(change -> filterChanged(change.isFromClient()));
        role.addValueChangeListener(change -> filterChanged(change.isFromClient()));
        municipality.addValueChangeListener(change -> filterChanged(change.isFromClient()));
        enabled.addValueChangeListener(change -> filterChanged(change.isFromClient()));
    }

    private void configureGrid() {
        grid.addColumn(ManagedUser::username).setHeader(getTranslation("users.username")).setSortable(true).setAutoWidth(true);
        grid.addColumn(user -> user.details().displayName()).setHeader(getTranslation("users.display-name")).setSortable(true);
        grid.addColumn(user -> getTranslation("role." + user.role().name())).setHeader(getTranslation("users.role"));
        grid.addColumn(user -> Optional.ofNullable(user.details().municipalityCode()).map(names::get).orElse(""))
                .setHeader(getTranslation("users.municipality"));
        grid.addColumn(user -> Sector.parse(user.details().sectorCode()).map(s -> getTranslation(s.translationKey())).orElse(""))
                .setHeader(getTranslation("users.sector"));
        grid.addColumn(user -> getTranslation(user.enabled() ? "users.status.enabled" : "users.status.disabled"))
                .setHeader(getTranslation("users.status"));
        DateTimeFormatter time = TimeFormats.dateTime(getLocale());
        grid.addColumn(user -> user.lastSignInAt() == null ? getTranslation("users.never") : time.format(user.lastSignInAt()))
                .setHeader(getTranslation("users.last-sign-in")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("users.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("users.title"));
        grid.setEmptyStateText(getTranslation("users.empty"));
    }

    private HorizontalLayout actions(ManagedUser user) {
        Button edit = action("users.edit", user, click -> new UserDialog(user, administration.assignableRoles(), assignable,
                administration::change, name -> done("users.saved")).open());
        Button toggle = action(user.enabled() ? "users.disable" : "users.enable", user, click -> act(() -> {
            administration.setEnabled(user.username(), !user.enabled());
            done(user.enabled() ? "users.disabled" : "users.enabled");
        }));
        Button reset = action("users.reset", user, click -> act(() -> showLink(user.username(),
                administration.resetPassword(user.username()))));
        HorizontalLayout actions = new HorizontalLayout(edit, toggle, reset);
        actions.setSpacing(false);
        actions.setWrap(true);
        return actions;
    }

    private Button action(String key, ManagedUser user, ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = new Button(getTranslation(key), listener);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation(key + ".label", user.username()));
        return button;
    }

    private void act(Runnable change) {
        try {
            change.run();
        } catch (AccountRejected rejected) {
            Notification.show(getTranslation(rejected.problem().messageKey()));
        } catch (AccessDeniedException denied) {
            Notification.show(getTranslation("users.denied"));
        }
    }

    private void showLink(String username, OneTimeLink link) {
        new LinkDialog(username, link).open();
    }

    private void done(String key) {
        Notification.show(getTranslation(key));
        refresh();
    }

    private void filterChanged(boolean fromClient) {
        if (fromClient) {
            Map<String, String> parameters = new LinkedHashMap<>();
            Optional.ofNullable(search.getValue()).filter(text -> !text.isBlank()).ifPresent(text -> parameters.put("q", text));
            Optional.ofNullable(role.getValue()).ifPresent(value -> parameters.put("role", value.name()));
            Optional.ofNullable(municipality.getValue()).ifPresent(value -> parameters.put("municipality", String.valueOf(value.code())));
            Optional.ofNullable(enabled.getValue()).ifPresent(value -> parameters.put("enabled", value.toString()));
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    new Location("users", QueryParameters.simple(parameters))));
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(administration.list(new UserFilter(search.getValue(), role.getValue(),
                municipality.getValue() == null ? null : municipality.getValue().code(), enabled.getValue())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UrlParameters.first(event, "q").ifPresent(search::setValue);
        // a lead has no role to filter by: the service lists only their professionals anyway
        UrlParameters.first(event, "role").filter(value -> role.isVisible()).flatMap(value -> UrlParameters.named(Role.class, value))
                .ifPresent(role::setValue);
        UrlParameters.first(event, "municipality").filter(value -> value.matches("\\d{3}")).map(Integer::valueOf)
                .flatMap(code -> assignable.stream().filter(m -> m.code() == code).findFirst()).ifPresent(municipality::setValue);
        UrlParameters.first(event, "enabled").filter(value -> value.equals("true") || value.equals("false"))
                .map(Boolean::valueOf).ifPresent(enabled::setValue);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · Samspil";
    }
}
