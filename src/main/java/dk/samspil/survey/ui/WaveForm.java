package dk.samspil.survey.ui;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import dk.samspil.municipality.Municipalities;
import dk.samspil.municipality.Municipality;
import dk.samspil.security.SignedInUser;
import dk.samspil.survey.WaveKind;

/** Opening a wave: month, pulse or full, and the municipalities (a lead's own, fixed). */
class WaveForm extends FormLayout {

    /** What the user asked for. */
    record OpenRequest(YearMonth period, WaveKind kind, Set<Integer> municipalities) {
    }

    final Select<YearMonth> period = new Select<>();
    final Select<WaveKind> kind = new Select<>();
    final MultiSelectComboBox<Municipality> chosen = new MultiSelectComboBox<>();
    final Button open = new Button();

    WaveForm(Municipalities municipalities, SignedInUser user, Consumer<OpenRequest> onOpen) {
        YearMonth now = YearMonth.now();
        period.setLabel(getTranslation("waves.period"));
        period.setItems(now, now.plusMonths(1));
        period.setItemLabelGenerator(month -> getTranslation("month." + month.getMonthValue()) + " " + month.getYear());
        period.setValue(now);
        kind.setLabel(getTranslation("waves.kind"));
        kind.setItems(WaveKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("waves.kind." + value));
        kind.setValue(WaveKind.PULSE);
        chosen.setLabel(getTranslation("waves.municipalities"));
        chosen.setItemLabelGenerator(Municipality::name);
        List<Municipality> allowed = user.municipality()
                .map(code -> municipalities.byCode(code).stream().toList())
                .orElseGet(municipalities::all);
        chosen.setItems(allowed);
        if (user.municipality().isPresent()) {
            chosen.setValue(Set.copyOf(allowed));
            chosen.setReadOnly(true);
        }
        open.setText(getTranslation("waves.open-wave"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(click -> onOpen.accept(new OpenRequest(period.getValue(), kind.getValue(),
                chosen.getValue().stream().map(Municipality::code).collect(Collectors.toSet()))));
        add(period, kind, chosen, open);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 4));
    }
}
