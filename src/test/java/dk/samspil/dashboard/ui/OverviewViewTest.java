package dk.samspil.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import dk.samspil.base.chart.ChartOptions;
import dk.samspil.base.chart.DefinitionHelp;
import dk.samspil.base.period.Period;
import dk.samspil.dashboard.IndicatorCatalogue;
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
    @WithUserDetails("styregruppe")
    void the_heatmap_says_in_words_that_it_scrolls_sideways_and_its_scroll_region_is_reachable_by_keyboard() {
        OverviewView view = navigate(OverviewView.class);

        assertThat(view.heatmap.scrollCue.isVisible()).isTrue();
        assertThat(view.heatmap.scrollCue.getText()).isEqualTo("↔ Rul vandret for at se alle kolonner");
        Element scroller = view.heatmap.table.getElement().getParent();
        assertThat(scroller.getAttribute("role")).isEqualTo("region");
        assertThat(scroller.getAttribute("tabindex")).isEqualTo("0");
        assertThat(scroller.getAttribute("aria-label")).isEqualTo("Alle kommuner set mod programmet");
        assertThat(scroller.getAttribute("aria-describedby")).isEqualTo(view.heatmap.scrollCue.getId().orElseThrow());
        assertThat(scroller.getParent().indexOfChild(view.heatmap.scrollCue.getElement()))
                .as("the cue comes just before the table").isEqualTo(scroller.getParent().indexOfChild(scroller) - 1);
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
    @WithUserDetails("styregruppe")
    void heatmap_colours_and_words_follow_the_indicators_direction() {
        // issue 12, defect 6: fewer admissions was dark red "far below"
        OverviewView view = navigate(OverviewView.class);
        List<String> headers = view.heatmap.table.getHead().getRow(0).orElseThrow().getElement().getChildren()
                .map(Element::getText).toList();
        List<Element> marked = new ArrayList<>();
        view.heatmap.table.getBody().getRows().forEach(row -> {
            List<Element> cells = row.getElement().getChildren().toList();
            for (int i = 1; i < cells.size(); i++) {
                Element cell = cells.get(i);
                String text = cell.getTextRecursively();
                String header = headers.get(i);
                boolean lowerIsBetter = List.of("ADMISSIONS", "BED_DAYS", "COERCIVE_MEASURES").stream()
                        .anyMatch(key -> IndicatorCatalogue.get(key).name().da().equals(header));
                if (text.contains("▼") || text.contains("▲")) {
                    marked.add(cell);
                    boolean better = cell.getClassList().contains("reading-better") || cell.getClassList().contains("reading-far-better");
                    assertThat(text).as(header + ": the word beside the mark").contains(better ? "bedre" : "værre");
                    if (lowerIsBetter) {
                        assertThat(better).as(header + " " + text + ": lower is better").isEqualTo(text.contains("▼"));
                    }
                }
            }
        });
        assertThat(marked).as("the demo programme has municipalities away from the programme").isNotEmpty();
        assertThat(view.heatmap.getElement().getTextRecursively()).contains("▲/▼ bedre", "▲/▼ værre", "Hvad er dette?");
    }

    @Test
    @WithUserDetails("styregruppe")
    void every_tile_offers_its_definition_from_the_catalogue_and_the_charts_write_danish_numbers() {
        OverviewView view = navigate(OverviewView.class);
        List<TileCard> tiles = view.tiles.getChildren().map(TileCard.class::cast).toList();
        for (TileCard tile : tiles) {
            DefinitionHelp help = tile.getChildren().filter(DefinitionHelp.class::isInstance).map(DefinitionHelp.class::cast)
                    .findFirst().orElseThrow();
            TileIndicator indicator = TileIndicator.valueOf(tile.getElement().getAttribute("data-indicator"));
            assertThat(help.definition()).startsWith(IndicatorCatalogue.of(indicator).definition().da());
            assertThat(help.getElement().getTextRecursively()).contains("Hvad er dette?");
        }
        TileCard waits = tiles.get(TileIndicator.DAYS_TO_FIRST_MEETING.ordinal());
        assertThat(waits.getElement().getTextRecursively()).contains("venter stadig");
        assertThat(tiles.get(TileIndicator.MEETINGS.ordinal()).sparkline.getElement().getAttribute("data-locale")).startsWith("da");
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
    /**
     * Issue 12: every tile carries the variation and assurance icons as a symbol and words, and the
     * icons-only summary lists every indicator for the chosen unit; a target the steering group set
     * for readmissions shows on the readmissions tile and in the summary.
     */
    @Test
    @WithUserDetails("styregruppe")
    void every_tile_and_the_summary_show_both_icons_in_words_and_a_readmissions_target_is_read() {
        jdbc.sql("""
                INSERT INTO indicator_target (indicator_code, municipality_code, target_value, start_month, set_by, set_at)
                VALUES ('READMISSIONS', NULL, 5, DATE_FORMAT(CURDATE() - INTERVAL 30 MONTH, '%Y-%m-01'), 'styregruppe', NOW())""")
                .update();
        try {
            OverviewView view = navigate(OverviewView.class);
            List<TileCard> tiles = view.tiles.getChildren().map(TileCard.class::cast).toList();
            for (TileCard tile : tiles) {
                assertThat(tile.badges.variation.getElement().getTextRecursively()).as(tile.getElement().getAttribute("data-indicator"))
                        .contains("Variation: ");
                assertThat(tile.badges.assurance.getElement().getTextRecursively()).contains("Mål: ");
            }
            TileCard readmissions = tiles.get(TileIndicator.READMISSIONS.ordinal());
            assertThat(readmissions.getElement().getAttribute("data-indicator")).isEqualTo("READMISSIONS");
            // five readmissions per case-month is far above any month's upper limit: lower is better, so it is met
            assertThat(readmissions.badges.assurance.getElement().getTextRecursively())
                    .isEqualTo("✔Mål: nås pålideligt (målet er 5,000)");
            assertThat(readmissions.badges.assurance.getElement().getAttribute("data-assurance")).isEqualTo("WILL_MEET");
            assertThat(tiles.get(TileIndicator.MEETINGS.ordinal()).badges.assurance.getElement().getTextRecursively())
                    .contains("intet mål sat");
            assertThat(view.icons.table.getBody().getRows()).hasSize(TileIndicator.values().length);
            assertThat(view.icons.table.getBody().getRows().get(TileIndicator.READMISSIONS.ordinal()).getElement()
                    .getTextRecursively()).contains("Akutte genindlæggelser").contains("5,000").contains("nås pålideligt");
        } finally {
            jdbc.sql("DELETE FROM indicator_target").update();
        }
    }
}
