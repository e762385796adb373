package dk.samspil.dashboard.ui;

import java.util.List;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import dk.samspil.base.chart.ApexChart;
import dk.samspil.base.chart.ChartOptions;

/** A titled chart with its figures in words for screen readers (WCAG 1.1.1). */
class ChartCard extends Section {

    final ApexChart chart = new ApexChart();

    ChartCard(String title, ChartOptions options, List<String> categories, List<? extends Number> figures) {
        addClassName("chart-card");
        chart.setOptions(options);
        chart.setHeight("300px");
        StringBuilder text = new StringBuilder(title).append(": ");
        for (int i = 0; i < categories.size() && i < figures.size(); i++) {
            text.append(categories.get(i)).append(' ').append(figures.get(i) == null ? "–" : figures.get(i))
                    .append(i < categories.size() - 1 ? ", " : ".");
        }
        chart.setTextAlternative(text.toString());
        add(new H3(title), chart);
    }
}
