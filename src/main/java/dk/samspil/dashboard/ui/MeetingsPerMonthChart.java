package dk.samspil.dashboard.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import dk.samspil.base.chart.ApexChart;
import dk.samspil.base.chart.ChartOptions;
import dk.samspil.dashboard.MonthlyCount;

/** Network meetings per month as a column chart, with the figures in words for screen readers. */
class MeetingsPerMonthChart extends Section {

    /** Dark teal: 7:1 against white, and distinguishable in every kind of colour blindness. */
    private static final String COLOUR = "#0b5c73";

    final ApexChart chart = new ApexChart();

    MeetingsPerMonthChart(List<MonthlyCount> months) {
        addClassName("chart-card");
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM yyyy", getLocale());
        List<String> categories = months.stream().map(m -> label.format(m.month())).toList();
        List<Long> counts = months.stream().map(MonthlyCount::count).toList();
        String title = getTranslation("chart.meetings-per-month");
        chart.setOptions(ChartOptions.categories("bar", categories,
                List.of(new ChartOptions.Series(title, counts)), getTranslation("chart.meetings"), List.of(COLOUR)));
        chart.setTextAlternative(summary(title, categories, counts));
        chart.setHeight("320px");
        H3 heading = new H3(title);
        add(heading, chart, new Paragraph(getTranslation("chart.meetings-per-month.note")));
        getElement().setAttribute("aria-label", title);
    }

    private String summary(String title, List<String> categories, List<Long> counts) {
        if (counts.stream().allMatch(count -> count == 0)) {
            return title + ": " + getTranslation("chart.no-meetings");
        }
        StringBuilder text = new StringBuilder(title).append(": ");
        for (int i = 0; i < categories.size(); i++) {
            text.append(categories.get(i)).append(' ').append(counts.get(i)).append(i < categories.size() - 1 ? ", " : ".");
        }
        return text.toString();
    }
}
