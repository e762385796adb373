package dk.samspil.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import dk.samspil.base.chart.ChartOptions;
import dk.samspil.survey.GroupScore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Culture page shows survey results only through the anonymity rule. */
@SpringBootTest
@ViewPackages(packages = "dk.samspil")
class CultureViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("styregruppe")
    void small_groups_are_hidden_in_the_chart_and_in_the_table() {
        navigate(CultureView.class);
        UI.getCurrent().navigate(CultureView.class, QueryParameters.simple(Map.of("municipality", "563")));
        CultureView view = (CultureView) getCurrentView();

        assertThat(view.municipality.getValue().code()).isEqualTo(563);
        ChartOptions options = view.byMunicipality.getOptions();
        int fanoe = options.xaxis().categories().indexOf("Fanø");
        assertThat(fanoe).as("Fanø has 2-4 respondents a wave in the demo programme").isNotNegative();
        assertThat(options.series()).allSatisfy(series -> assertThat(series.data().get(fanoe)).isNull());
        assertThat(view.sectorTable.getGenericDataView().getItems().filter(g -> g.n() > 0 && !"TOTAL".equals(g.group())))
                .allMatch(GroupScore::suppressed);
        assertThat(view.byMunicipality.getElement().getAttribute("aria-label")).contains("skjult");
    }
}
