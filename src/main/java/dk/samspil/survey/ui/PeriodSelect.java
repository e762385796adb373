package dk.samspil.survey.ui;

import java.util.Arrays;

import com.vaadin.flow.component.select.Select;
import dk.samspil.survey.Pooling;

/**
 * The Culture page's "Periode": as wide as its longest choice in the reader's language, where a
 * select's default width cut "Seneste halvår (6 mdr.)" off at 1400 px. A ch is about a letter; the
 * six more leave room for the padding and the arrow.
 */
class PeriodSelect extends Select<Pooling> {

    PeriodSelect() {
        setLabel(getTranslation("culture.period"));
        setItems(Pooling.values());
        setItemLabelGenerator(this::words);
        int longest = Arrays.stream(Pooling.values()).mapToInt(p -> words(p).length()).max().orElse(0);
        setWidth((longest + 6) + "ch");
        setId("culture-period");
    }

    private String words(Pooling pooling) {
        return getTranslation("culture.period." + pooling);
    }
}
