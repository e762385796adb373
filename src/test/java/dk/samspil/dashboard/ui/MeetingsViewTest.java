package dk.samspil.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import dk.samspil.base.chart.ChartOptions;
import dk.samspil.casework.CaseSummary;
import dk.samspil.dashboard.Scope;
import dk.samspil.municipality.Sector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Network meetings page: filters from the URL, empty states in words, the lead's own cases. */
@SpringBootTest
@ViewPackages(packages = "dk.samspil")
class MeetingsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("styregruppe")
    void period_municipality_and_sector_are_read_back_from_the_url() {
        navigate(MeetingsView.class);
        UI.getCurrent().navigate(MeetingsView.class, QueryParameters.simple(
                Map.of("period", "12m", "municipality", "461", "sector", "GENERAL_PRACTICE")));
        MeetingsView view = (MeetingsView) getCurrentView();

        assertThat(view.period.getValue().key()).isEqualTo("12m");
        assertThat(view.municipality.getValue()).isEqualTo(Scope.municipality(461));
        assertThat(view.sector.getValue()).isEqualTo(Sector.GENERAL_PRACTICE);
        ChartOptions perMonth = view.perMonth.chart.getOptions();
        assertThat(perMonth.xaxis().categories()).hasSize(12);
        long charted = perMonth.series().getFirst().data().stream().mapToLong(Number::longValue).sum();
        assertThat(charted).isPositive().isEqualTo(jdbc.sql("""
                SELECT COUNT(*) FROM network_meeting WHERE municipality_code = 461
                  AND held_on >= DATE_FORMAT(CURDATE() - INTERVAL 12 MONTH, '%Y-%m-01')
                  AND held_on < DATE_FORMAT(CURDATE(), '%Y-%m-01')""").query(Long.class).single());
        List<String> rows = view.attendance.chart.getOptions().series().stream().map(ChartOptions.Series::name).toList();
        assertThat(rows).as("one sector across the 22 municipalities, drawn bottom-up with the chosen one on top")
                .hasSize(22).endsWith("Odense");
        assertThat(view.attendance.chart.getElement().getAttribute("aria-label"))
                .startsWith("Andel af hver kommunes møder med den praktiserende læge til stede (%)");
    }

    @Test
    @WithUserDetails("styregruppe")
    void without_filters_the_programme_the_last_24_months_and_every_sector_are_shown() {
        MeetingsView view = navigate(MeetingsView.class);

        assertThat(view.period.getValue().key()).isEqualTo("24m");
        assertThat(view.municipality.getValue()).isEqualTo(Scope.programme());
        assertThat(view.sector.getValue()).isNull();
        assertThat(view.attendance.chart.getOptions().series()).hasSize(Sector.values().length);
        assertThat(view.currentPlan.chart.getOptions().series().getFirst().data()).hasSize(24);
        assertThat(view.caseSection.isVisible()).as("the steering group sees no cases").isFalse();
    }

    @Test
    @WithUserDetails("styregruppe")
    void a_municipality_and_year_without_meetings_say_so_in_words() {
        navigate(MeetingsView.class);
        UI.getCurrent().navigate(MeetingsView.class, QueryParameters.simple(Map.of("period", "2023", "municipality", "563")));
        MeetingsView view = (MeetingsView) getCurrentView();

        assertThat(view.perMonth.chart.isVisible()).isFalse();
        assertThat(view.perMonth.note.getText()).isEqualTo("Der er ikke indlæst netværksmøder for Fanø i 2023.");
        assertThat(view.attendance.note.getText()).isEqualTo("Der er ikke indlæst netværksmøder for Fanø i 2023.");
        assertThat(view.currentPlan.note.getText()).isEqualTo("Der er ikke indlæst aktive forløb for Fanø i 2023.");
    }

    @Test
    @WithUserDetails("leder.odense")
    void a_lead_gets_their_own_cases_linked_to_the_case_page_whatever_municipality_the_charts_show() {
        navigate(MeetingsView.class);
        UI.getCurrent().navigate(MeetingsView.class, QueryParameters.simple(Map.of("municipality", "563")));
        MeetingsView view = (MeetingsView) getCurrentView();

        assertThat(view.caseSection.isVisible()).isTrue();
        List<CaseSummary> cases = view.cases.getGenericDataView().getItems().toList();
        assertThat(cases).isNotEmpty().allMatch(row -> row.municipalityCode() == 461);
        assertThat(view.municipality.getValue()).as("the charts show Fanø, as aggregates").isEqualTo(Scope.municipality(563));
    }

    @Test
    @WithUserDetails("leder.odense")
    void an_overdue_follow_up_and_a_case_with_none_planned_get_a_badge_in_words() {
        navigate(MeetingsView.class);
        MeetingsView view = (MeetingsView) getCurrentView();
        assertThat(view.municipality.getValue()).as("a lead's page opens on their own municipality")
                .isEqualTo(Scope.municipality(461));

        String overdue = dk.samspil.base.ui.FollowUpBadge.cell("01-12-2026", true, true).getElement().getTextRecursively();
        String none = dk.samspil.base.ui.FollowUpBadge.cell(null, false, true).getElement().getTextRecursively();
        String ended = dk.samspil.base.ui.FollowUpBadge.cell(null, false, false).getElement().getTextRecursively();
        assertThat(overdue).contains("01-12-2026").contains("Opfølgning overskredet");
        assertThat(none).isEqualTo("Ingen opfølgning planlagt");
        assertThat(ended).as("an ended case needs no follow-up").isEqualTo("–");
    }
}
