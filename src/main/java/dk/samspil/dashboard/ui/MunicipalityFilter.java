package dk.samspil.dashboard.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import dk.samspil.base.ui.UrlParameters;
import dk.samspil.municipality.Municipalities;
import dk.samspil.municipality.Municipality;

/**
 * The dashboards' "whole programme or one municipality" filter, kept in the URL as
 * {@code municipality=<code>} (absent for the programme).
 */
class MunicipalityFilter extends Select<Municipality> {

    static final String PARAMETER = "municipality";
    /** The whole programme: the first choice, and what an unknown code in the URL falls back to. */
    static final Municipality PROGRAMME = new Municipality(0, "", 0, "");

    MunicipalityFilter(Municipalities municipalities) {
        setLabel(getTranslation("filter.municipality"));
        List<Municipality> choices = new ArrayList<>(List.of(PROGRAMME));
        choices.addAll(municipalities.all());
        setItems(choices);
        setItemLabelGenerator(m -> m == PROGRAMME ? getTranslation("csv.programme") : m.name());
    }

    /** Sets the value from the URL and returns it. */
    Municipality read(BeforeEnterEvent event) {
        Municipality place = UrlParameters.first(event, PARAMETER).flatMap(code -> getListDataView().getItems()
                .filter(m -> m != PROGRAMME && String.valueOf(m.code()).equals(code)).findFirst()).orElse(PROGRAMME);
        setValue(place);
        return place;
    }

    /** The chosen municipality's code, or null for the programme. */
    Integer code() {
        return getValue() == null || getValue() == PROGRAMME ? null : getValue().code();
    }

    boolean programme() {
        return getValue() == PROGRAMME;
    }
}
