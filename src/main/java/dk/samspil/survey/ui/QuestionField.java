package dk.samspil.survey.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import dk.samspil.survey.Instrument;
import dk.samspil.survey.Item;
import dk.samspil.survey.PulseComposer;

/**
 * One item as a labelled group of radio buttons: the scale's values with its two ends named, and
 * "not relevant" where the instrument allows it. A radio group is reachable and answerable with
 * the keyboard alone (Tab, arrows), and its label is tied to it for screen readers.
 */
class QuestionField extends RadioButtonGroup<Integer> {

    /** Stands for "not relevant" among the scale's values, which are never negative. */
    static final int NOT_RELEVANT = -1;

    private final Item item;

    QuestionField(PulseComposer.AskedItem asked, int number, String targetSectorName, Locale locale) {
        this.item = asked.item();
        Instrument instrument = asked.instrument();
        addClassName("survey-question");
        setLabel(number + ". " + item.text(locale).replace("[sector]", targetSectorName).replace("[sektor]", targetSectorName));
        setHelperText(instrument.scaleMin() + " = " + instrument.lowLabel(locale) + " · "
                + instrument.scaleMax() + " = " + instrument.highLabel(locale));
        List<Integer> values = new ArrayList<>();
        for (int value = instrument.scaleMin(); value <= instrument.scaleMax(); value++) {
            values.add(value);
        }
        if (instrument.allowsNotRelevant()) {
            values.add(NOT_RELEVANT);
        }
        setItems(values);
        setItemLabelGenerator(value -> value == NOT_RELEVANT ? getTranslation("survey.not-relevant") : String.valueOf(value));
        setRequiredIndicatorVisible(true);
        getElement().setAttribute("data-item", item.code());
        addValueChangeListener(change -> markMissing(false));
    }

    /**
     * Marks the item as lacking an answer, in words on the item as well as in colour, and for
     * screen readers (aria-invalid; the web component ties the error text to the group).
     */
    void markMissing(boolean missing) {
        setErrorMessage(missing ? getTranslation("survey.invalid.item") : null);
        setInvalid(missing);
        if (missing) {
            getElement().setAttribute("aria-invalid", "true");
        } else {
            getElement().removeAttribute("aria-invalid");
        }
    }

    /**
     * Puts keyboard focus on the group's first radio button. Focusing the group itself leaves
     * focus on the group host, which is not a control, so the arrow keys would do nothing.
     */
    void focusFirstOption() {
        getElement().executeJs("const radio = this.querySelector('vaadin-radio-button input[type=radio]');"
                + " (radio || this).focus();");
    }

    long itemId() {
        return item.id();
    }

    /** The answer as the service takes it: empty for "not relevant". */
    Optional<Integer> answer() {
        return getValue() == NOT_RELEVANT ? Optional.empty() : Optional.of(getValue());
    }

    boolean answered() {
        return getValue() != null;
    }
}
