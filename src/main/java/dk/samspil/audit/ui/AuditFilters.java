package dk.samspil.audit.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import dk.samspil.audit.AuditFilter;
import dk.samspil.base.ui.UrlParameters;
import dk.samspil.municipality.Municipality;

/**
 * The audit page's filters: user, action, days and municipality, read from and written to the
 * URL ({@code user}, {@code action}, {@code from}, {@code to}, {@code municipality}).
 */
class AuditFilters extends Div {

    final TextField user = new TextField();
    final ComboBox<String> action = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<Municipality> municipality = new ComboBox<>();
    private final List<String> actions;

    AuditFilters(List<String> actions, List<Municipality> municipalities, Consumer<AuditFilter> changed) {
        addClassName("filters");
        user.setLabel(getTranslation("audit.filter.user"));
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        action.setLabel(getTranslation("audit.filter.action"));
        this.actions = new ArrayList<>(actions);
        action.setItems(this.actions);
        action.setItemLabelGenerator(this::actionName);
        action.setClearButtonVisible(true);
        action.setPlaceholder(getTranslation("audit.filter.any"));
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        municipality.setLabel(getTranslation("audit.filter.municipality"));
        municipality.setItems(municipalities);
        municipality.setItemLabelGenerator(Municipality::name);
        municipality.setClearButtonVisible(true);
        municipality.setPlaceholder(getTranslation("audit.filter.any"));
        add(user, action, from, to, municipality);
        user.addValueChangeListener(change -> changedByUser(change.isFromClient(), changed));
        action.addValueChangeListener(change -> changedByUser(change.isFromClient(), changed));
        from.addValueChangeListener(change -> changedByUser(change.isFromClient(), changed));
        to.addValueChangeListener(change -> changedByUser(change.isFromClient(), changed));
        municipality.addValueChangeListener(change -> changedByUser(change.isFromClient(), changed));
    }

    private void changedByUser(boolean fromClient, Consumer<AuditFilter> changed) {
        if (fromClient) {
            changed.accept(filter());
        }
    }

    /** An action's name in the user's language; an action without one (new, or from an older version) as recorded. */
    String actionName(String code) {
        String key = "audit.action." + code;
        String name = getTranslation(key);
        return name == null || name.isBlank() || name.contains(key) ? code : name;
    }

    AuditFilter filter() {
        return new AuditFilter(user.getValue().isBlank() ? null : user.getValue().strip(), action.getValue(),
                from.getValue(), to.getValue(), Optional.ofNullable(municipality.getValue()).map(Municipality::code)
                .orElse(null));
    }

    void show(QueryParameters parameters) {
        user.setValue(UrlParameters.first(parameters, "user").orElse(""));
        String chosen = UrlParameters.first(parameters, "action").filter(text -> text.matches("[A-Z_]{1,40}")).orElse(null);
        if (chosen != null && !actions.contains(chosen)) {
            // not recorded yet: still a filter, which finds nothing until it is
            actions.add(chosen);
            action.setItems(actions);
        }
        action.setValue(chosen);
        from.setValue(day(parameters, "from"));
        to.setValue(day(parameters, "to"));
        municipality.setValue(UrlParameters.first(parameters, "municipality").filter(code -> code.matches("\\d{1,4}"))
                .flatMap(code -> municipality.getListDataView().getItems()
                        .filter(m -> m.code() == Integer.parseInt(code)).findFirst())
                .orElse(null));
    }

    static QueryParameters parameters(AuditFilter filter) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        put(values, "user", filter.username());
        put(values, "action", filter.action());
        put(values, "from", filter.from());
        put(values, "to", filter.to());
        put(values, "municipality", filter.municipalityCode());
        return new QueryParameters(values);
    }

    private static void put(Map<String, List<String>> values, String name, Object value) {
        if (value != null) {
            values.put(name, new ArrayList<>(List.of(value.toString())));
        }
    }

    private static LocalDate day(QueryParameters parameters, String name) {
        return UrlParameters.first(parameters, name).filter(text -> text.matches("\\d{4}-\\d{2}-\\d{2}")).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }).orElse(null);
    }
}
