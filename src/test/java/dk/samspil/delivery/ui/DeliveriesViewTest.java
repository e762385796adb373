package dk.samspil.delivery.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import dk.samspil.delivery.MunicipalityDeliveries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Deliveries page on the demo programme, without a browser: the demo's missing files are shown in words. */
@SpringBootTest
@ViewPackages(packages = "dk.samspil")
class DeliveriesViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("data")
    void the_data_manager_sees_the_missing_files_of_the_month_in_the_url_in_words() {
        // the newest month the demo delivered, by its URL: on the 1st, last month has no files yet
        YearMonth newest = YearMonth.from(jdbc.sql("SELECT MAX(period) FROM import_record WHERE started_by = 'demo'")
                .query(LocalDate.class).single());
        navigate(DeliveriesView.class);
        UI.getCurrent().navigate(DeliveriesView.class, QueryParameters.of("month", newest.toString()));
        DeliveriesView view = (DeliveriesView) getCurrentView();
        assertThat(view.month.getValue()).isEqualTo(newest);

        List<MunicipalityDeliveries> rows = view.grid.getGenericDataView().getItems().toList();
        assertThat(rows).hasSize(22);
        assertThat(rows.stream().filter(r -> !r.missing().isEmpty()).map(r -> r.municipality().name()))
                .containsExactlyInAnyOrder("Langeland", "Ærø", "Tønder");
        assertThat(view.summary.getText()).startsWith("3 forventede filer mangler fra 3 kommuner for ");
        MunicipalityDeliveries toender = rows.stream().filter(r -> r.municipality().name().equals("Tønder"))
                .findFirst().orElseThrow();
        assertThat(view.words(toender.file("meetings").orElseThrow())).isEqualTo("✗ Mangler");
        assertThat(view.words(toender.file("outcomes").orElseThrow())).isEqualTo("✓ Leveret");
        assertThat(view.words(toender.file("self-assessments").orElseThrow())).isEqualTo("Ikke månedlig");
    }

    @Test
    @WithUserDetails("data")
    void a_month_the_page_does_not_offer_leaves_it_on_last_month() {
        DeliveriesView view = navigate(DeliveriesView.class);
        YearMonth last = view.month.getValue();
        for (String month : List.of("2001-01", "2026-13", "november")) {
            UI.getCurrent().navigate(DeliveriesView.class, QueryParameters.of("month", month));
            assertThat(((DeliveriesView) getCurrentView()).month.getValue()).as(month).isEqualTo(last);
        }
    }
}
