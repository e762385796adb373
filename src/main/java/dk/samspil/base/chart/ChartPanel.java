package dk.samspil.base.chart;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * A titled chart with everything every chart owes its reader: a summary in words for screen readers
 * (WCAG 1.1.1), the figures as a table, the same figures as a Danish-Excel CSV, PNG/SVG through the
 * chart's own menu, the indicator's definition behind "what is this?", and a sentence instead of an empty drawing when there is nothing to show.
 */
public class ChartPanel extends Section {

    public final ApexChart chart = new ApexChart();
    public final Paragraph note = new Paragraph();
    public final FiguresBlock figures;
    public final DefinitionHelp help = new DefinitionHelp();
    private final H3 title;

    /** @param fileName the CSV's name without extension, e.g. {@code meetings-per-month} */
    public ChartPanel(String title, String fileName) {
        addClassName("chart-card");
        this.title = new H3(title);
        chart.setHeight("300px");
        note.addClassName("figure-note");
        figures = new FiguresBlock(fileName);
        add(this.title, help, chart, note, figures);
    }

    /** A heading that follows the filters, e.g. the chosen indicator's name. */
    public void setHeading(String text) {
        title.setText(text);
    }

    /** What the chart's indicator is, offered under "What is this?" (issue 12: one definition, shown everywhere). */
    public void setDefinition(String definition) {
        help.setDefinition(definition);
    }

    /** How to read the chart, with an example from its own figures, under "What is this?". */
    public void setHowToRead(String guide) {
        help.setHowToRead(guide);
    }

    public String heading() {
        return title.getText();
    }

    /** The drawing's height in pixels: a heatmap grows with its rows. */
    public void setChartHeight(int pixels) {
        chart.setHeight(pixels + "px");
    }

    public void show(ChartOptions options, Figures shown, String summary) {
        chart.setOptions(options);
        showFigures(shown, summary);
    }

    public void show(XYChartOptions options, Figures shown, String summary) {
        chart.setOptions(options);
        showFigures(shown, summary);
    }

    public void show(ApexOptions options, Figures shown, String summary) {
        chart.setOptions(options);
        showFigures(shown, summary);
    }

    /** Nothing to draw: the reason in words, and no empty chart, table or file. */
    public void showEmpty(String why) {
        note.setText(why);
        chart.setVisible(false);
        figures.setVisible(false);
    }

    /** An extra line under the chart (a signal, a caveat), read after the summary. */
    public void setNote(String text) {
        note.setText(text);
    }

    private void showFigures(Figures shown, String summary) {
        chart.setVisible(true);
        figures.setVisible(true);
        chart.setTextAlternative(summary);
        figures.show(shown);
    }

    /** "A 3, B 4, C –." for a one-series summary. */
    public static String list(List<String> categories, List<String> values) {
        StringBuilder text = new StringBuilder();
        IntStream.range(0, Math.min(categories.size(), values.size())).forEach(i -> text.append(categories.get(i))
                .append(' ').append(values.get(i).isEmpty() ? "–" : values.get(i))
                .append(i < categories.size() - 1 ? ", " : "."));
        return text.toString();
    }
}
