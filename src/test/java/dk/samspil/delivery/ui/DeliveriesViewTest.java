package dk.samspil.delivery.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import dk.samspil.delivery.MunicipalityDeliveries;
import dk.samspil.importing.Deliveries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Deliveries page on the demo programme, without a browser: the demo's missing files are shown in words. */
@SpringBootTest
@ViewPackages(packages = "dk.samspil")
class DeliveriesViewTest extends SpringBrowserlessTest {

    @Autowired
    Deliveries deliveries;

    @Test
    @WithUserDetails("data")
    void the_data_manager_sees_the_missing_files_of_the_newest_month_in_words() {
        DeliveriesView view = navigate(DeliveriesView.class);
        // the newest month the demo delivered (last month, unless today is the 1st)
        view.month.getListDataView().getItems()
                .filter(m -> !deliveries.files(m, m).isEmpty()).findFirst().ifPresent(view.month::setValue);

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
}
