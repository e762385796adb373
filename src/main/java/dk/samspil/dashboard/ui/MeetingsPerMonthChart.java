package dk.samspil.dashboard.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;

import dk.samspil.base.chart.ChartOptions;
import dk.samspil.base.chart.ChartPanel;
import dk.samspil.base.chart.Figures;
import dk.samspil.dashboard.MonthlyCount;

/** Network meetings per month as a column chart, on the Municipalities and the Network meetings pages. */
class MeetingsPerMonthChart extends ChartPanel {

    /** Dark teal: 7:1 against white, and distinguishable in every kind of colour blindness. */
    private static final String COLOUR = "#0b5c73";

    MeetingsPerMonthChart() {
        super(title(), "meetings-per-month");
        setDefinition(IndicatorText.help(this, "MEETINGS"));
    }

    private static String title() {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation("chart.meetings-per-month");
    }

    /** Draws the months, or says {@code whyEmpty} when none of them had a meeting. */
    void show(List<MonthlyCount> months, String whyEmpty) {
        if (months.stream().allMatch(month -> month.count() == 0)) {
            showEmpty(whyEmpty);
            return;
        }
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM yyyy", getLocale());
        List<String> categories = months.stream().map(m -> label.format(m.month())).toList();
        List<Long> counts = months.stream().map(MonthlyCount::count).toList();
        String title = getTranslation("chart.meetings-per-month");
        ChartOptions options = ChartOptions.categories("bar", categories,
                List.of(new ChartOptions.Series(getTranslation("chart.meetings"), counts)),
                getTranslation("chart.meetings"), List.of(COLOUR));
        show(options, Figures.of(getTranslation("outcomes.month"), options, getLocale()), title + ": "
                + ChartPanel.list(categories, counts.stream().map(String::valueOf).toList()));
        setNote("");
    }
}
