package dk.samspil.base.chart;

import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;

/**
 * "What is this?" under a chart or tile: the indicator's definition behind a native
 * {@code <details>} disclosure, which the browser opens with Enter or Space and screen readers
 * announce as expandable — not a hover tooltip, which neither a keyboard nor a touch screen can open.
 */
public class DefinitionHelp extends NativeDetails {

    private final Paragraph text = new Paragraph();

    public DefinitionHelp() {
        addClassName("definition-help");
        setSummaryText(getTranslation("chart.what-is-this"));
        setContent(text);
        setVisible(false);
    }

    /** The definition; hidden while there is none. */
    public void setDefinition(String definition) {
        text.setText(definition);
        setVisible(definition != null && !definition.isBlank());
    }

    public String definition() {
        return text.getText();
    }
}
