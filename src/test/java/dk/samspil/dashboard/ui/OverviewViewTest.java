package dk.samspil.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import dk.samspil.base.chart.ChartOptions;
import dk.samspil.base.period.Period;
import dk.samspil.dashboard.OverviewStatistics;
import dk.samspil.dashboard.Scope;
import dk.samspil.dashboard.TileIndicator;
import dk.samspil.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Overview on the demo programme: tiles from the database, filters from the URL, the lead's own row first. */
@SpringBootTest
@ViewPackages(packages = "dk.samspil")
class OverviewViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    OverviewStatistics statistics;
    @Autowired
    UserDetailsService users;

    @Test
    @WithUserDetails("styregruppe")
    void the_url_chooses_municipality_and_period_and_the_tiles_show_the_databases_figures() {
        navigate(OverviewView.class);
        UI.getCurrent().navigate(OverviewView.class, QueryParameters.simple(Map.of("municipality", "461", "period", "12m")));
        OverviewView view = (OverviewView) getCurrentView();

        assertThat(view.municipality.getValue()).isEqualTo(Scope.municipality(461));
        assertThat(view.period.getValue().key()).isEqualTo("12m");
        List<TileCard> tiles = view.tiles.getChildren().map(TileCard.class::cast).toList();
        assertThat(tiles).hasSize(TileIndicator.values().length);
        TileCard meetings = tiles.get(TileIndicator.MEETINGS.ordinal());
        assertThat(meetings.sparkline.getOptions().series().getFirst().data()).hasSize(12);
        long lastMonth = jdbc.sql("""
                SELECT COUNT(*) FROM network_meeting WHERE municipality_code = 461
                AND held_on >= DATE_FORMAT(CURDATE() - INTERVAL 1 MONTH, '%Y-%m-01') AND held_on < DATE_FORMAT(CURDATE(), '%Y-%m-01')""")
                .query(Long.class).single();
        assertThat(meetings.sparkline.getOptions().series().getFirst().data().getLast().longValue()).isEqualTo(lastMonth);
        assertThat(meetings.signal.getText()).matches("⚑ Skift siden .*|Intet signal.*");
        assertThat(view.heatmap.table.getBody().getRowCount()).as("the programme and 22 municipalities").isEqualTo(23);
    }

    @Test
    @WithUserDetails("leder.odense")
    void a_lead_finds_their_own_municipality_first_in_the_heatmap_and_in_the_radar() {
        OverviewView view = navigate(OverviewView.class);

        assertThat(view.heatmap.table.getBody().getRow(1).orElseThrow().getElement().getTextRecursively()).startsWith("Odense (din kommune)");
        assertThat(view.radar.chart.getOptions().series()).extracting(s -> s.name()).containsExactly("Hele programmet", "Odense");
        assertThat(view.radar.chart.getOptions().series().getLast().data()).hasSize(6).allSatisfy(score ->
                assertThat(score.doubleValue()).isBetween(1.0, 5.0));
    }

    @Test
    @WithUserDetails("styregruppe")
    void the_self_assessment_radar_is_drawn_on_its_own_1_to_5_scale_with_the_elements_named() {
        OverviewView view = navigate(OverviewView.class);

        ChartOptions options = view.radar.chart.getOptions();
        assertThat(options.yaxis().min().intValue()).as("a 1 is the centre, not a 0").isEqualTo(1);
        assertThat(options.yaxis().max().intValue()).as("a 5 is the edge, not a 4").isEqualTo(5);
        assertThat(options.xaxis().categories()).containsExactly("E1 Rette aktører", "E2 Fælles mål",
                "E3 Beslutninger", "E4 Kendskab", "E5 Vidensdeling", "E6 Tryghed");
    }

    @Test
    void professionals_get_no_overview() {
        SignIn.as(users, "fagperson.odense");
        try {
            assertThatThrownBy(() -> statistics.tiles(Scope.municipality(461), Period.parse("12m", java.time.YearMonth.now()).orElseThrow()))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            SignIn.out();
        }
    }
}
