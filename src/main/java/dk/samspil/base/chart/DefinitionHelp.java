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
    private final Paragraph howToRead = new Paragraph();

    public DefinitionHelp() {
        addClassName("definition-help");
        setSummaryText(getTranslation("chart.what-is-this"));
        howToRead.addClassName("how-to-read");
        howToRead.setVisible(false);
        setContent(new com.vaadin.flow.component.html.Div(text, howToRead));
        setVisible(false);
    }

    /** The definition; hidden while there is neither it nor a reading guide. */
    public void setDefinition(String definition) {
        text.setText(definition);
        showIfAny();
    }

    /**
     * "Sådan læser du den" (issue 12, help for non-statisticians): how to read the chart type, in
     * plain words, with a worked example from the chart's own figures.
     */
    public void setHowToRead(String guide) {
        boolean any = guide != null && !guide.isBlank();
        howToRead.removeAll();
        if (any) {
            com.vaadin.flow.component.html.Span heading = new com.vaadin.flow.component.html.Span(
                    getTranslation("chart.how-to-read") + " ");
            heading.addClassName("how-to-read-heading");
            howToRead.add(heading, new com.vaadin.flow.component.Text(guide));
        }
        howToRead.setVisible(any);
        showIfAny();
    }

    public String howToRead() {
        return howToRead.getElement().getTextRecursively();
    }

    private void showIfAny() {
        setVisible(!text.getText().isBlank() || howToRead.isVisible());
    }

    public String definition() {
        return text.getText();
    }
}
