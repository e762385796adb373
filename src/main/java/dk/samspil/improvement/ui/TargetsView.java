package dk.samspil.improvement.ui;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samspil.base.StoredTime;
import dk.samspil.base.i18n.TimeFormats;
import dk.samspil.dashboard.Indicator;
import dk.samspil.dashboard.IndicatorCatalogue;
import dk.samspil.dashboard.Scope;
import dk.samspil.improvement.Refused;
import dk.samspil.improvement.TargetRow;
import dk.samspil.improvement.Targets;
import dk.samspil.municipality.Municipalities;
import dk.samspil.municipality.Municipality;
import jakarta.annotation.security.RolesAllowed;

/**
 * The steering group's targets: one per indicator for the whole programme or a municipality, from
 * a start month. Neutral indicators have no better side and so no target. The list shows who set
 * each one and when; every change is in the audit log.
 */
@Route("targets")
@Menu(title = "nav.targets", order = 1.8)
@RolesAllowed("STEERING")
class TargetsView extends Main implements HasDynamicTitle {

    final Select<Indicator> indicator = new Select<>();
    final Select<Optional<Municipality>> unit = new Select<>();
    final NumberField value = new NumberField();
    final Select<YearMonth> start = new Select<>();
    final Button save = new Button();
    final Paragraph message = new Paragraph();
    final Grid<TargetRow> grid = new Grid<>();
    private final Targets targets;
    private final Municipalities municipalities;
    private final Clock clock;

    TargetsView(Targets targets, Municipalities municipalities, Clock clock) {
        this.targets = targets;
        this.clock = clock;
        this.municipalities = municipalities;
        addClassName("page");
        indicator.setLabel(getTranslation("targets.indicator"));
        indicator.setItems(IndicatorCatalogue.all().stream()
                .filter(i -> i.direction() != Indicator.Direction.NEUTRAL).toList());
        indicator.setItemLabelGenerator(i -> i.name().in(getLocale()));
        indicator.setWidth("min(28rem, 90vw)");
        indicator.addValueChangeListener(change -> value.setHelperText(change.getValue() == null ? null
                : getTranslation("targets.value.help", change.getValue().unit().in(getLocale()),
                getTranslation("targets.direction." + change.getValue().direction()))));
        unit.setLabel(getTranslation("targets.unit"));
        List<Optional<Municipality>> units = new ArrayList<>(List.of(Optional.empty()));
        municipalities.all().forEach(m -> units.add(Optional.of(m)));
        unit.setItems(units);
        unit.setItemLabelGenerator(m -> m.map(Municipality::name).orElse(getTranslation("targets.programme")));
        unit.setValue(Optional.empty());
        value.setLabel(getTranslation("targets.value"));
        value.setMin(0);
        start.setLabel(getTranslation("targets.start"));
        YearMonth now = YearMonth.now(clock);
        List<YearMonth> months = new ArrayList<>();
        for (int i = -24; i <= 12; i++) {
            months.add(now.plusMonths(i));
        }
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MMMM yyyy", getLocale());
        start.setItems(months);
        start.setItemLabelGenerator(label::format);
        start.setValue(now);
        save.setText(getTranslation("targets.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> save());
        message.setId("targets-message");
        message.getElement().setAttribute("role", "status");
        HorizontalLayout form = new HorizontalLayout(indicator, unit, value, start, save);
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.addColumn(row -> IndicatorCatalogue.get(row.indicatorCode()).name().in(getLocale()))
                .setHeader(getTranslation("targets.indicator")).setFlexGrow(3);
        grid.addColumn(row -> unitName(row.municipalityCode())).setHeader(getTranslation("targets.unit"));
        grid.addColumn(row -> Figures.text(IndicatorCatalogue.get(row.indicatorCode()), row.value(), getLocale()))
                .setHeader(getTranslation("targets.value"));
        grid.addColumn(row -> label.format(row.start())).setHeader(getTranslation("targets.start"));
        grid.addColumn(row -> row.setBy() + ", " + TimeFormats.dateTime(getLocale())
                        .format(StoredTime.shown(row.setAt(), this.clock.getZone())))
                .setHeader(getTranslation("targets.set-by")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("targets.list"));
        Paragraph intro = new Paragraph(getTranslation("targets.intro"));
        add(new H2(getTranslation("targets.title")), intro, form, message, new H3(getTranslation("targets.list")), grid);
        refresh();
    }

    private void save() {
        if (indicator.getValue() == null || value.getValue() == null || start.getValue() == null) {
            message.setText(getTranslation("targets.refused.missing"));
            return;
        }
        Scope scope = unit.getValue().map(m -> Scope.municipality(m.code())).orElse(Scope.programme());
        try {
            TargetRow saved = targets.set(indicator.getValue().key(), scope,
                    Figures.stored(indicator.getValue(), value.getValue()), start.getValue());
            message.setText(getTranslation("targets.saved", indicator.getValue().name().in(getLocale()),
                    unitName(saved.municipalityCode()), Figures.text(indicator.getValue(), saved.value(), getLocale())));
            refresh();
        } catch (Refused refused) {
            message.setText(getTranslation(refused.reasonKey()));
        }
    }

    private String unitName(Integer code) {
        return code == null ? getTranslation("targets.programme")
                : municipalities.byCode(code).map(Municipality::name).orElse(String.valueOf(code));
    }

    private void refresh() {
        grid.setItems(targets.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("targets.title") + " · Samspil";
    }
}
