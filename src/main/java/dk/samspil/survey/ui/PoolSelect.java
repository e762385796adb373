package dk.samspil.survey.ui;

import java.util.Arrays;
import java.util.stream.Stream;

import com.vaadin.flow.component.select.Select;
import dk.samspil.survey.Pooling;

/**
 * The Culture page's "Periode": as wide as its longest choice in the reader's language, where a
 * select's default width cut "Seneste halvår (6 mdr.)" off at 1400 px. A ch is about a letter; the
 * six more leave room for the padding and the arrow.
 */
class PoolSelect extends Select<Pooling> {

    PoolSelect() {
        setLabel(getTranslation("culture.period"));
        setItems(Pooling.values());
        setItemLabelGenerator(this::words);
        setWidth(widthFor(Arrays.stream(Pooling.values()).map(this::words)));
        setId("culture-period");
    }

    /** As wide as the longest of the words in ch, a ch being about a letter: six more for the padding and the arrow. */
    static String widthFor(Stream<String> words) {
        return (words.mapToInt(String::length).max().orElse(0) + 6) + "ch";
    }

    private String words(Pooling pooling) {
        return getTranslation("culture.period." + pooling);
    }
}
