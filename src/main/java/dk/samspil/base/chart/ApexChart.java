package dk.samspil.base.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our own thin ApexCharts element. ApexCharts stays on 4.7.0, its last MIT release;
 * options are typed Java records serialised to JSON, and the element only calls
 * {@code new ApexCharts(el, options)} or {@code updateOptions}.
 */
@Tag("samspil-apex-chart")
@NpmPackage(value = "apexcharts", version = "4.7.0")
@JsModule("./components/apex-chart.js")
public class ApexChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChartOptions options;

    public ApexChart() {
        setWidthFull();
        // the element writes axis and tooltip numbers in the reader's language (decimal comma in Danish)
        addAttachListener(event -> getElement().setAttribute("data-locale", event.getUI().getLocale().toLanguageTag()));
    }

    /** Draws (or redraws) the chart with these options. */
    public void setOptions(ChartOptions options) {
        this.options = options;
        getElement().setProperty("config", JSON.writeValueAsString(options));
    }

    /** Draws a chart on a numeric x axis (e.g. a funnel plot). */
    public void setOptions(XYChartOptions options) {
        this.options = null;
        getElement().setProperty("config", JSON.writeValueAsString(options));
    }

    /** Draws a chart of a page's own kind (a ranking with intervals, lines of different weights). */
    public void setOptions(ApexOptions options) {
        this.options = options instanceof ChartOptions categories ? categories : null;
        getElement().setProperty("config", JSON.writeValueAsString(options));
    }

    public ChartOptions getOptions() {
        return options;
    }

    /**
     * What the chart shows, in words, for screen readers (WCAG 1.1.1): the chart is an image to
     * them, and this is its description.
     */
    public void setTextAlternative(String text) {
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", text);
    }
}
