package dk.samspil.dashboard.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dk.samspil.base.chart.ChartOptions;
import dk.samspil.base.ui.UrlParameters;
import dk.samspil.dashboard.MeetingMonth;
import dk.samspil.dashboard.MeetingOverview;
import dk.samspil.dashboard.MeetingStatistics;
import dk.samspil.municipality.Municipalities;
import dk.samspil.municipality.Municipality;
import dk.samspil.municipality.Sector;
import jakarta.annotation.security.RolesAllowed;

/**
 * Network meetings: how many, who attends (sector × month), the citizen's presence, the size of
 * the meeting, follow-ups kept, and how long cases wait for their first meeting. The municipality
 * filter lives in the URL.
 */
@Route("meetings")
@Menu(title = "nav.meetings", order = 1.2)
@RolesAllowed({"STEERING", "MUNICIPAL_LEAD", "DATA_MANAGER"})
class MeetingsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Municipality PROGRAMME = new Municipality(0, "", 0, "");
    /** Okabe–Ito colours: distinguishable in every kind of colour blindness. */
    private static final List<String> COLOURS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00");

    final Select<Municipality> municipality = new Select<>();
    final Div charts = new Div();
    private final MeetingStatistics statistics;

    MeetingsView(MeetingStatistics statistics, Municipalities municipalities) {
        this.statistics = statistics;
        addClassName("page");
        municipality.setLabel(getTranslation("outcomes.municipality"));
        List<Municipality> choices = new ArrayList<>(List.of(PROGRAMME));
        choices.addAll(municipalities.all());
        municipality.setItems(choices);
        municipality.setItemLabelGenerator(m -> m == PROGRAMME ? getTranslation("csv.programme") : m.name());
        municipality.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(MeetingsView.class, change.getValue() == PROGRAMME
                        ? QueryParameters.empty()
                        : QueryParameters.of("municipality", String.valueOf(change.getValue().code()))));
            }
        });
        charts.addClassName("chart-grid");
        add(new H2(getTranslation("meetings.title")), municipality, charts);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Municipality chosen = UrlParameters.first(event, "municipality")
                .flatMap(code -> municipality.getListDataView().getItems()
                        .filter(m -> m != PROGRAMME && String.valueOf(m.code()).equals(code)).findFirst())
                .orElse(PROGRAMME);
        municipality.setValue(chosen);
        show(statistics.overview(chosen == PROGRAMME ? null : chosen.code(), 12));
    }

    private void show(MeetingOverview overview) {
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM yy", getLocale());
        List<String> months = overview.months().stream().map(m -> label.format(m.month())).toList();
        List<Long> counts = overview.months().stream().map(MeetingMonth::meetings).toList();
        List<Double> citizen = overview.months().stream().map(m -> percent(m.citizenPresentShare())).toList();
        List<Double> kept = overview.months().stream().map(m -> percent(m.followUpsKeptShare())).toList();
        List<Double> people = overview.months().stream().map(m -> round(m.meanParticipants())).toList();
        List<ChartOptions.Series> sectors = new ArrayList<>();
        for (Sector sector : Sector.values()) {
            sectors.add(new ChartOptions.Series(getTranslation(sector.translationKey()),
                    overview.sectorShares().get(sector).stream().map(share -> percent(share)).toList()));
        }
        List<String> buckets = MeetingOverview.DAY_BUCKETS.stream().map(b -> getTranslation("meetings.days." + b)).toList();
        charts.removeAll();
        if (counts.stream().allMatch(count -> count == 0)) {
            String place = municipality.getValue() == PROGRAMME ? getTranslation("csv.programme") : municipality.getValue().name();
            charts.add(new Paragraph(getTranslation("meetings.empty", place)));
            return;
        }
        charts.add(
                new ChartCard(getTranslation("chart.meetings-per-month"), ChartOptions.categories("bar", months,
                        List.of(new ChartOptions.Series(getTranslation("chart.meetings"), counts)),
                        getTranslation("chart.meetings"), COLOURS.subList(0, 1)), months, counts),
                new ChartCard(getTranslation("meetings.sectors"), ChartOptions.categories("heatmap", months, sectors,
                        getTranslation("outcomes.unit.percent"), COLOURS.subList(0, 1)),
                        sectors.stream().map(ChartOptions.Series::name).toList(), averages(sectors)),
                new ChartCard(getTranslation("meetings.citizen-and-follow-up"), ChartOptions.categories("line", months,
                        List.of(new ChartOptions.Series(getTranslation("meetings.citizen-present"), citizen),
                                new ChartOptions.Series(getTranslation("meetings.follow-ups-kept"), kept)),
                        getTranslation("outcomes.unit.percent"), COLOURS.subList(0, 2)), months, citizen),
                new ChartCard(getTranslation("meetings.people"), ChartOptions.categories("line", months,
                        List.of(new ChartOptions.Series(getTranslation("meetings.people"), people)),
                        getTranslation("meetings.people.unit"), COLOURS.subList(1, 2)), months, people),
                new ChartCard(getTranslation("meetings.days-to-first"), ChartOptions.categories("bar", buckets,
                        List.of(new ChartOptions.Series(getTranslation("meetings.cases"), overview.daysToFirst())),
                        getTranslation("meetings.cases"), COLOURS.subList(2, 3)), buckets, overview.daysToFirst()));
    }

    /** Each sector's mean share over the months, for the heatmap's text alternative. */
    private static List<Double> averages(List<ChartOptions.Series> sectors) {
        return sectors.stream().map(series -> round(series.data().stream().filter(v -> v != null)
                .mapToDouble(Number::doubleValue).average().orElse(0))).toList();
    }

    private static Double percent(Double share) {
        return share == null ? null : Math.round(share * 1000) / 10.0;
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meetings.title") + " · Samspil";
    }
}
