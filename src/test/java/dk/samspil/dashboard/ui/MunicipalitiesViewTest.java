package dk.samspil.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import dk.samspil.base.chart.ChartOptions;
import dk.samspil.dashboard.MunicipalityOverview;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Municipalities page on the demo programme, without a browser. */
@SpringBootTest
@ViewPackages(packages = "dk.samspil")
class MunicipalitiesViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("styregruppe")
    void the_steering_group_sees_all_22_municipalities_with_their_real_figures() {
        MunicipalitiesView view = navigate(MunicipalitiesView.class);
        List<MunicipalityOverview> rows = view.grid.getGenericDataView().getItems().toList();

        assertThat(rows).hasSize(22);
        assertThat(rows.stream().map(MunicipalityOverview::name))
                .as("Danish alphabetical order: Æ, Ø, Å last, and Aa is Å")
                .startsWith("Assens", "Billund").endsWith("Ærø", "Aabenraa");
        MunicipalityOverview odense = rows.stream().filter(r -> r.code() == 461).findFirst().orElseThrow();
        // open, active or paused, at the end of last month: the Overview's definition (decision 0024)
        long active = count("""
                SELECT COUNT(*) FROM citizen_case WHERE municipality_code = 461
                  AND enrolled_on <= LAST_DAY(CURDATE() - INTERVAL 1 MONTH)
                  AND (ended_on IS NULL OR ended_on > LAST_DAY(CURDATE() - INTERVAL 1 MONTH))""");
        assertThat(active).isGreaterThanOrEqualTo(5);
        assertThat(odense.activeCases()).hasValue(active);
        assertThat(odense.lastImportOn()).isNotNull();
        assertThat(rows.stream().mapToLong(MunicipalityOverview::meetingsLastMonth).sum()).isEqualTo(count("""
                SELECT COUNT(*) FROM network_meeting
                WHERE held_on >= DATE_FORMAT(CURDATE() - INTERVAL 1 MONTH, '%Y-%m-01')
                  AND held_on < DATE_FORMAT(CURDATE(), '%Y-%m-01')"""));
    }

    @Test
    @WithUserDetails("styregruppe")
    void the_chart_shows_24_months_of_meetings_adding_up_to_the_database() {
        MunicipalitiesView view = navigate(MunicipalitiesView.class);
        ChartOptions options = view.chart.chart.getOptions();

        assertThat(options.xaxis().categories()).hasSize(24);
        long charted = options.series().getFirst().data().stream().mapToLong(Number::longValue).sum();
        assertThat(charted).isPositive().isEqualTo(count("""
                SELECT COUNT(*) FROM network_meeting
                WHERE held_on >= DATE_FORMAT(CURDATE() - INTERVAL 24 MONTH, '%Y-%m-01')
                  AND held_on < DATE_FORMAT(CURDATE(), '%Y-%m-01')"""));
        assertThat(view.chart.chart.getElement().getAttribute("aria-label")).startsWith("Netværksmøder pr. måned");
    }

    @Test
    @WithUserDetails("fagperson.odense")
    void a_professional_sees_only_their_own_municipality() {
        MunicipalitiesView view = navigate(MunicipalitiesView.class);
        assertThat(view.grid.getGenericDataView().getItems().map(MunicipalityOverview::name)).containsExactly("Odense");
    }

    @Test
    @WithUserDetails("styregruppe")
    void the_steering_group_navigation_shows_only_its_pages() {
        navigate(MunicipalitiesView.class);
        assertThat(navigationLabels()).containsExactly("Overblik", "Kommuner", "Netværksmøder", "Resultater", "Sammenlign", "Kultur", "Mål",
                "Forbedringstiltag", "Mine indstillinger");
    }

    @Test
    @WithUserDetails("leder.odense")
    void a_municipal_lead_also_sees_the_cases_and_their_professionals_accounts() {
        navigate(MunicipalitiesView.class);
        assertThat(navigationLabels()).containsExactly("Overblik", "Kommuner", "Netværksmøder", "Resultater", "Sammenlign", "Kultur", "Forbedringstiltag",
                "Forløb", "Pulsmålinger", "Brugere", "Mine indstillinger");
    }

    @Test
    @WithUserDetails("data")
    void the_data_manager_also_sees_the_audit_log_the_users_and_the_paused_sign_ins() {
        navigate(MunicipalitiesView.class);
        assertThat(navigationLabels()).containsExactly("Overblik", "Kommuner", "Netværksmøder", "Resultater", "Sammenlign", "Kultur", "Forløb", "Pulsmålinger", "Indlæsninger", "Leverancer",
                "Revisionslog", "Brugere", "Pauser i log ind", "Mine indstillinger");
    }

    @Test
    @WithUserDetails("fagperson.odense")
    void a_professional_sees_the_pulse_survey_first() {
        navigate(MunicipalitiesView.class);
        assertThat(navigationLabels()).containsExactly("Pulsmåling", "Kommuner", "Mine indstillinger");
    }

    private List<String> navigationLabels() {
        return find(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel).toList();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
