package dk.samspil.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import dk.samspil.base.chart.ChartOptions;
import dk.samspil.municipality.Sector;
import dk.samspil.survey.Construct;
import dk.samspil.survey.GroupScore;
import dk.samspil.survey.Tie;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Culture page shows survey results only through the anonymity rule, with its filters in the URL. */
@SpringBootTest
@ViewPackages(packages = "dk.samspil")
class CultureViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("styregruppe")
    void small_groups_are_hidden_in_the_chart_and_in_the_table() {
        CultureView view = open(Map.of("municipality", "563"));

        assertThat(view.municipality.getValue().code()).isEqualTo(563);
        ChartOptions options = view.byMunicipality.chart.getOptions();
        int fanoe = options.xaxis().categories().indexOf("Fanø");
        assertThat(fanoe).as("Fanø has 2-4 respondents a wave in the demo programme").isNotNegative();
        assertThat(options.series()).allSatisfy(series -> assertThat(series.data().get(fanoe)).isNull());
        assertThat(view.byMunicipality.figures.table.getGenericDataView().getItems()
                .filter(row -> row.getFirst().equals("Fanø"))).allSatisfy(row -> assertThat(row.get(1)).isEqualTo("for få svar til at blive vist"));
        assertThat(view.byMunicipality.chart.getElement().getAttribute("aria-label")).contains("skjult");
        assertThat(view.bySector.chart.isVisible()).as("every Fanø sector is below the threshold").isFalse();
        assertThat(view.bySector.note.getText()).startsWith("Færre end 5");
    }

    @Test
    @WithUserDetails("styregruppe")
    void the_filters_are_read_back_from_the_url_and_every_chart_is_drawn() {
        CultureView first = open(Map.of());
        String wave = String.valueOf(first.wave.getListDataView().getItems().toList().get(1).id());

        CultureView view = open(Map.of("wave", wave, "municipality", "461", "sector", "PSYCHIATRY",
                "construct", "ROLE_CLARITY"));

        assertThat(String.valueOf(view.wave.getValue().id())).isEqualTo(wave);
        assertThat(view.municipality.getValue().name()).isEqualTo("Odense");
        assertThat(view.sector.getValue()).isEqualTo(Sector.PSYCHIATRY);
        assertThat(view.construct.getValue()).isEqualTo(Construct.ROLE_CLARITY);
        assertThat(view.trend.note.getText()).as("the trend is psychiatry's, or says why it cannot be")
                .containsAnyOf("Odense, Psykiatri", "Færre end 5");
    }

    @Test
    @WithUserDetails("styregruppe")
    void every_chart_is_drawn_with_its_table_and_csv() {
        CultureView view = open(Map.of("municipality", "461", "construct", "ROLE_CLARITY"));

        assertThat(view.bySector.chart.getOptions().series().getFirst().name()).isEqualTo("Rolleklarhed");
        assertThat(view.trend.chart.getOptions().chart().type()).isEqualTo("line");
        assertThat(view.trend.chart.getOptions().xaxis().categories()).hasSize(12);
        assertThat(view.items.chart.getOptions().chart().stackType()).isEqualTo("100%");
        assertThat(view.items.chart.getOptions().xaxis().categories()).isNotEmpty()
                .allMatch(item -> item.startsWith("RCL"));
        assertThat(List.of(view.byMunicipality, view.bySector, view.trend, view.items))
                .allSatisfy(panel -> assertThat(panel.figures.csv.isVisible()).isTrue());
        assertThat(view.network.note.getText()).as("the demo's ties have at most 3 answers a wave")
                .startsWith("Ingen relation mellem to sektorer har 5 svar eller flere");
        assertThat(view.network.network.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("styregruppe")
    void the_network_is_a_heatmap_and_a_drawing_with_the_matrix_as_table() {
        TieMatrix matrix = new TieMatrix("RC", 5);
        List<Tie> ties = new ArrayList<>();
        for (Sector from : Sector.values()) {
            for (Sector to : Sector.values()) {
                if (from != to) {
                    ties.add(new Tie(from, to, from == Sector.PSYCHIATRY
                            ? new GroupScore(to.name(), 6, 2.0 + to.ordinal() * 0.5, null, null, false)
                            : new GroupScore(to.name(), 2, null, null, null, true)));
                }
            }
        }

        matrix.show(ties, Sector::name, "none");

        assertThat(matrix.chart.getOptions().chart().type()).isEqualTo("heatmap");
        assertThat(matrix.chart.getOptions().series().getLast().name()).as("the first row on top").isEqualTo("PSYCHIATRY");
        assertThat(matrix.figures.table.getGenericDataView().getItems().toList()).hasSize(6);
        assertThat(matrix.figures.table.getGenericDataView().getItems().toList().getFirst())
                .containsExactly("PSYCHIATRY", "–", "2,5 (ud fra 6 svar)", "3,0 (ud fra 6 svar)", "3,5 (ud fra 6 svar)",
                        "4,0 (ud fra 6 svar)", "4,5 (ud fra 6 svar)");
        assertThat(matrix.network.markup).contains("role='img'").contains("aria-label='Netværket")
                .contains("Stærkest: PSYCHIATRY → NGO 4,5");
        assertThat(matrix.network.markup.split("marker-end=").length - 1).as("five ties drawn, the hidden not")
                .isEqualTo(5);
    }

    @Test
    @WithUserDetails("styregruppe")
    void an_unknown_filter_value_falls_back_to_the_default() {
        CultureView view = open(Map.of("wave", "nonsense", "sector", "NOBODY", "construct", "CORE_ELEMENTS"));

        assertThat(view.wave.getValue()).isEqualTo(view.wave.getListDataView().getItems().findFirst().orElseThrow());
        assertThat(view.sector.getValue()).isNull();
        assertThat(view.construct.getValue()).isEqualTo(Construct.PSYCHOLOGICAL_SAFETY);
    }

    @Test
    @WithUserDetails("leder.odense")
    void a_municipal_lead_sees_their_own_municipality_in_detail_and_no_other() {
        CultureView view = open(Map.of("municipality", "563"));

        assertThat(view.municipality.getListDataView().getItems().map(m -> m.code()).toList())
                .as("their own municipality first, then the whole programme").containsExactly(461, CultureFilter.PROGRAMME);
        assertThat(view.municipality.getValue().code()).isEqualTo(461);
        assertThat(view.byMunicipality.chart.getOptions().xaxis().categories()).contains("Fanø", "Odense");
    }

    @Test
    @WithUserDetails("styregruppe")
    void the_steering_group_opens_on_the_whole_programme_and_its_network_is_drawn() {
        CultureView view = open(Map.of());

        assertThat(view.municipality.getValue().code()).isEqualTo(CultureFilter.PROGRAMME);
        assertThat(view.municipality.getValue().name()).isEqualTo("Hele programmet");
        assertThat(view.period.getValue()).isEqualTo(dk.samspil.survey.Pooling.WAVE);
        assertThat(view.network.note.getText()).as("one wave: the programme's network comes with a period")
                .startsWith("Hele programmets sektorer vises for en periode");
        assertThat(view.trend.isVisible()).as("the trend is a municipality's").isFalse();

        CultureView pooled = open(Map.of("municipality", "programme", "period", "HALF_YEAR",
                "construct", "RELATIONAL_COORDINATION"));
        assertThat(pooled.municipality.getValue().code()).isEqualTo(CultureFilter.PROGRAMME);
        assertThat(pooled.network.network.isVisible()).as("the programme's network is drawn").isTrue();
        assertThat(pooled.network.network.markup).contains("marker-end=");
        assertThat(pooled.bySector.chart.isVisible()).isTrue();

        CultureView quarter = open(Map.of("municipality", "programme", "period", "QUARTER",
                "construct", "RELATIONAL_COORDINATION"));
        assertThat(quarter.network.network.isVisible()).as("a quarter has no programme network (decision 0028)").isFalse();
        assertThat(quarter.network.note.getText()).startsWith("Hele programmets netværk vises for et halvår eller år");
    }

    @Test
    @WithUserDetails("styregruppe")
    void odense_pooled_over_six_months_draws_its_network() {
        CultureView view = open(Map.of("municipality", "461", "period", "HALF_YEAR"));

        assertThat(view.period.getValue()).isEqualTo(dk.samspil.survey.Pooling.HALF_YEAR);
        assertThat(view.wave.isVisible()).as("a pool is no one wave").isFalse();
        assertThat(view.poolNote.getText()).startsWith("Puljet over de lukkede runder i");
        assertThat(view.network.network.isVisible()).as("pooled, Odense's ties reach the threshold").isTrue();
        assertThat(view.network.network.markup).contains("marker-end=");
    }

    @Test
    @WithUserDetails("leder.fanoe")
    void fanoes_lead_sees_fanoe_pooled_or_why_not_in_words() {
        CultureView single = open(Map.of());
        assertThat(single.municipality.getValue().code()).as("a lead opens on their own municipality").isEqualTo(563);

        CultureView view = open(Map.of("municipality", "563", "period", "HALF_YEAR"));
        ChartOptions options = view.byMunicipality.chart.getOptions();
        int fanoe = options.xaxis().categories().indexOf("Fanø");
        assertThat(options.series().getFirst().data().get(fanoe)).as("Fanø's half-year, pooled").isNotNull();
        // every sector not drawn is named, with the reason, in words
        if (view.bySector.chart.isVisible()) {
            ChartOptions sectors = view.bySector.chart.getOptions();
            for (int i = 0; i < sectors.xaxis().categories().size(); i++) {
                if (sectors.series().getFirst().data().get(i) == null) {
                    assertThat(view.bySector.note.getText()).contains(sectors.xaxis().categories().get(i));
                }
            }
        } else {
            assertThat(view.bySector.note.getText()).isNotBlank();
        }
    }

    @Test
    @WithUserDetails("styregruppe")
    void every_bar_not_drawn_is_explained_and_each_scale_has_its_own_axis() {
        CultureView view = open(Map.of("municipality", "461"));
        ChartOptions sectors = view.bySector.chart.getOptions();
        for (int i = 0; i < sectors.xaxis().categories().size(); i++) {
            if (sectors.series().getFirst().data().get(i) == null) {
                assertThat(view.bySector.note.getText()).as("Odense by sector: an empty bar has its reason")
                        .contains(sectors.xaxis().categories().get(i)).contains("Vælg en længere periode");
            }
        }
        assertThat(view.byMunicipality.chart.getOptions().series()).hasSize(1);
        assertThat(view.byMunicipality.chart.getOptions().yaxis().max()).isEqualTo(7);

        CultureView rc = open(Map.of("municipality", "461", "construct", "RELATIONAL_COORDINATION"));
        assertThat(rc.byMunicipality.chart.getOptions().yaxis().max()).as("RC runs 1–5").isEqualTo(5);
        assertThat(rc.trend.chart.getOptions().yaxis().max()).isEqualTo(5);
    }

    private CultureView open(Map<String, String> parameters) {
        navigate(CultureView.class);
        UI.getCurrent().navigate(CultureView.class, QueryParameters.simple(parameters));
        return (CultureView) getCurrentView();
    }
}
