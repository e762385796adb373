package dk.samspil.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import dk.samspil.dashboard.OutcomeIndicator;
import dk.samspil.municipality.Municipality;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Compare page on the demo programme: filters read from and written to the URL, charts in words. */
@SpringBootTest
@ViewPackages(packages = "dk.samspil")
class CompareViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("styregruppe")
    void indicator_period_and_municipalities_are_read_from_the_url() {
        navigate(CompareView.class);
        UI.getCurrent().navigate(CompareView.class, new QueryParameters(Map.of("indicator", List.of("ADMISSIONS"),
                "period", List.of("24m"), "municipality", List.of("461", "563"))));
        CompareView view = (CompareView) getCurrentView();

        assertThat(view.indicator.getValue()).isEqualTo(OutcomeIndicator.ADMISSIONS);
        assertThat(view.period.getValue().key()).isEqualTo("24m");
        assertThat(view.municipalities.getValue()).extracting(Municipality::code).containsExactlyInAnyOrder(461, 563);
        assertThat(view.trends.figures.table.getGenericDataView().getItems().count()).as("one row per month").isEqualTo(24);
        assertThat(view.trends.figures.table.getColumns()).as("month, programme, Fanø, Odense").hasSize(4);
        assertThat(view.funnel.figures.table.getGenericDataView().getItems().count()).isEqualTo(22);
        assertThat(view.funnel.chart.getElement().getAttribute("aria-label"))
                .contains("Hele programmet:", "Af 22 kommuner ligger uden for 99,8 %-grænserne");
        // whether the demo programme is over-dispersed depends on its data; the note must say which it is
        String note = view.funnel.note.getText();
        double phi = Double.parseDouble(note.replaceAll("(?s).*φ = ([0-9]+,[0-9]+).*", "$1").replace(',', '.'));
        if (phi != 1.0) {
            assertThat(note).contains(phi > 1 ? "måned efter måned" : "varierer ikke mere, end tilfældet giver");
        }
        assertThat(view.ranking.chart.getElement().getProperty("config")).contains("\"rangeBar\"", "\"goals\"");
    }

    @Test
    @WithUserDetails("styregruppe")
    void choosing_municipalities_and_an_indicator_changes_the_url() {
        CompareView view = navigate(CompareView.class);
        assertThat(view.period.getValue().key()).as("the last 12 months by default").isEqualTo("12m");
        assertThat(view.municipalities.getValue()).as("the steering group has no municipality of its own").isEmpty();
        assertThat(view.trends.note.getText()).contains("Vælg kommuner");

        test(view.municipalities).selectItem("Odense", "Fanø");
        test(((CompareView) getCurrentView()).indicator).selectItem("Sengedage pr. forløbsmåned");

        String url = UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        assertThat(url).contains("indicator=BED_DAYS", "period=12m", "municipality=461", "municipality=563");
        CompareView after = (CompareView) getCurrentView();
        assertThat(after.municipalities.getValue()).extracting(Municipality::code).containsExactlyInAnyOrder(461, 563);
    }

    @Test
    @WithUserDetails("leder.odense")
    void a_lead_sees_their_own_municipality_chosen_and_named_in_every_chart() {
        CompareView view = navigate(CompareView.class);

        assertThat(view.municipalities.getValue()).extracting(Municipality::code).containsExactly(461);
        assertThat(view.funnel.chart.getElement().getAttribute("aria-label")).contains("Odense, din kommune:");
        assertThat(view.funnel.chart.getElement().getProperty("config")).contains("Odense (din kommune)", "\"square\"");
        assertThat(view.ranking.chart.getElement().getProperty("config")).contains("Odense (din kommune)");
        assertThat(view.trends.chart.getElement().getProperty("config")).contains("Odense (din kommune)");

        UI.getCurrent().navigate(CompareView.class, new QueryParameters(Map.of("municipality", List.of(""))));
        assertThat(((CompareView) getCurrentView()).municipalities.getValue())
                .as("an emptied choice stays empty").isEmpty();
    }
}
