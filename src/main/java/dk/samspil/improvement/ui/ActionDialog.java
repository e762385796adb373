package dk.samspil.improvement.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dk.samspil.dashboard.Indicator;
import dk.samspil.dashboard.IndicatorCatalogue;
import dk.samspil.improvement.ActionDraft;
import dk.samspil.improvement.Refused;
import dk.samspil.improvement.ActionStatus;
import dk.samspil.improvement.ActionSummary;
import dk.samspil.improvement.ImprovementActions;
import dk.samspil.municipality.Municipality;

/**
 * Records a new improvement action, or changes an existing one's status and review date (the two
 * things that change as it runs). Refusals are shown in words in the dialog, the field kept.
 */
class ActionDialog extends Dialog {

    final TextField title = new TextField();
    final TextField role = new TextField();
    final DatePicker start = new DatePicker();
    final DatePicker review = new DatePicker();
    final Select<ActionStatus> status = new Select<>();
    final Select<Optional<Municipality>> unit = new Select<>();
    final MultiSelectComboBox<Indicator> indicators = new MultiSelectComboBox<>();
    final Paragraph problem = new Paragraph();
    final Button save = new Button();
    private final ImprovementActions actions;
    private final Consumer<ActionSummary> saved;
    private final ActionSummary editing;

    /**
     * @param units    the units the reader may record for: empty = the programme
     * @param editing  the action whose status and review date change; null for a new one
     */
    ActionDialog(ImprovementActions actions, List<Optional<Municipality>> units, ActionSummary editing,
                 Consumer<ActionSummary> saved) {
        this.actions = actions;
        this.saved = saved;
        this.editing = editing;
        setHeaderTitle(getTranslation(editing == null ? "actions.new" : "actions.edit"));
        title.setLabel(getTranslation("actions.what"));
        title.setId("action-title");
        title.setMaxLength(200);
        title.setRequired(true);
        role.setLabel(getTranslation("actions.who"));
        role.setHelperText(getTranslation("actions.who.help"));
        role.setMaxLength(120);
        role.setRequired(true);
        start.setLabel(getTranslation("actions.start"));
        review.setLabel(getTranslation("actions.review"));
        status.setLabel(getTranslation("actions.status"));
        status.setId("action-status");
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("actions.status." + s));
        status.setValue(ActionStatus.PLANNED);
        unit.setLabel(getTranslation("actions.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(m -> m.map(Municipality::name).orElse(getTranslation("targets.programme")));
        unit.setValue(units.getFirst());
        indicators.setLabel(getTranslation("actions.indicators"));
        indicators.setItems(IndicatorCatalogue.all());
        indicators.setItemLabelGenerator(i -> i.name().in(getLocale()));
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        FormLayout form = new FormLayout();
        if (editing == null) {
            form.add(title, role, unit, indicators, start, review, status);
        } else {
            Paragraph what = new Paragraph(editing.title() + " (" + editing.responsibleRole() + ")");
            review.setValue(editing.review());
            status.setValue(editing.status());
            form.add(what, status, review);
        }
        add(form, problem);
        save.setText(getTranslation("actions.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> save());
        Button cancel = new Button(getTranslation("actions.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        try {
            ActionSummary result = editing == null
                    ? actions.create(new ActionDraft(title.getValue(), role.getValue(), start.getValue(), review.getValue(),
                    status.getValue(), unit.getValue().map(Municipality::code).orElse(null),
                    indicators.getValue().stream().map(Indicator::key).collect(java.util.stream.Collectors.toSet())))
                    : actions.update(editing.id(), status.getValue(), review.getValue());
            close();
            saved.accept(result);
        } catch (Refused refused) {
            problem.setText(getTranslation(refused.reasonKey()));
        }
    }

    /** Today's date as a default start: most actions are recorded as they begin. */
    void startingOn(LocalDate today) {
        start.setValue(today);
        review.setValue(today.plusMonths(3));
    }
}
