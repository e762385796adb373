package dk.samspil.dashboard.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.select.Select;
import dk.samspil.dashboard.Scope;
import dk.samspil.municipality.Municipalities;

/** The dashboards' "whole programme or one municipality" filter: the programme first, then by name. */
class MunicipalityFilter extends Select<Scope> {

    private final Map<Integer, String> names = new LinkedHashMap<>();

    MunicipalityFilter(Municipalities municipalities) {
        setLabel(getTranslation("filter.municipality"));
        municipalities.all().forEach(m -> names.put(m.code(), m.name()));
        List<Scope> choices = new ArrayList<>(List.of(Scope.programme()));
        names.keySet().forEach(code -> choices.add(Scope.municipality(code)));
        setItems(choices);
        setItemLabelGenerator(this::name);
    }

    /** The codes there are, for reading a URL. */
    Set<Integer> codes() {
        return names.keySet();
    }

    /** "Hele programmet" or the municipality's name, as a heading or a sentence names it. */
    String name(Scope scope) {
        return scope.municipalityCode().map(names::get).orElseGet(() -> getTranslation("csv.programme"));
    }

    String chosenName() {
        return name(getValue());
    }
}
