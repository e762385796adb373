package dk.samspil.dashboard.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import dk.samspil.dashboard.MunicipalityOverview;
import dk.samspil.dashboard.MunicipalityStatistics;
import jakarta.annotation.security.RolesAllowed;

/** The programme's municipalities with their active cases, last month's meetings and last import. */
@Route("municipalities")
@RouteAlias("")
@Menu(title = "nav.municipalities", order = 1)
@RolesAllowed({"STEERING", "MUNICIPAL_LEAD", "PROFESSIONAL", "DATA_MANAGER"})
class MunicipalitiesView extends Main implements HasDynamicTitle {

    final Grid<MunicipalityOverview> grid = new Grid<>();
    final MeetingsPerMonthChart chart;

    MunicipalitiesView(MunicipalityStatistics statistics) {
        addClassName("page");
        List<MunicipalityOverview> overview = statistics.overview();
        configureGrid(overview);
        chart = new MeetingsPerMonthChart();
        chart.show(statistics.meetingsPerMonth(24), getTranslation("chart.meetings-per-month") + ": "
                + getTranslation("chart.no-meetings"));
        if (chart.chart.isVisible()) {
            chart.setNote(getTranslation("chart.meetings-per-month.note"));
        }
        add(new H2(getTranslation("municipalities.title")), grid, chart);
    }

    private void configureGrid(List<MunicipalityOverview> overview) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(MunicipalityOverview::name).setHeader(getTranslation("municipalities.name"))
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(MunicipalityOverview::code).setHeader(getTranslation("municipalities.code"))
                .setTextAlign(ColumnTextAlign.END).setSortable(true);
        grid.addColumn(row -> ShownCounts.text(this, row.activeCases()))
                .setHeader(getTranslation("municipalities.active-cases"))
                .setTextAlign(ColumnTextAlign.END).setSortable(true)
                .setComparator(row -> row.activeCases().orElse(1));
        grid.addColumn(MunicipalityOverview::meetingsLastMonth)
                .setHeader(getTranslation("municipalities.meetings-last-month"))
                .setTextAlign(ColumnTextAlign.END).setSortable(true);
        grid.addColumn(row -> format(row.lastImportOn(), dates))
                .setHeader(getTranslation("municipalities.last-import")).setSortable(true)
                .setComparator(row -> row.lastImportOn() == null ? LocalDate.MIN : row.lastImportOn());
        grid.setItems(overview);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("municipalities.title"));
        grid.setEmptyStateText(getTranslation("municipalities.empty"));
    }

    private String format(LocalDate date, DateTimeFormatter formatter) {
        return date == null ? getTranslation("municipalities.never-imported") : formatter.format(date);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("municipalities.title") + " · Samspil";
    }
}
