package dk.samspil.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;


import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import dk.samspil.base.chart.ChartOptions;
import dk.samspil.dashboard.OutcomeIndicator;
import dk.samspil.dashboard.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Outcomes run chart on the demo programme, with its filters read from the URL. */
@SpringBootTest
@ViewPackages(packages = "dk.samspil")
class OutcomesViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    dk.samspil.improvement.ImprovementActions actions;
    @Autowired
    dk.samspil.dashboard.OutcomeStatistics statistics;

    @Test
    @WithUserDetails("styregruppe")
    void the_url_chooses_indicator_and_municipality_and_the_chart_shows_the_databases_figures() {
        navigate(OutcomesView.class);
        UI.getCurrent().navigate(OutcomesView.class,
                QueryParameters.simple(Map.of("indicator", "ADMISSIONS", "municipality", "461")));
        OutcomesView view = (OutcomesView) getCurrentView();

        assertThat(view.indicator.getValue()).isEqualTo(OutcomeIndicator.ADMISSIONS);
        assertThat(view.municipality.getValue()).isEqualTo(Scope.municipality(461));
        ChartOptions options = view.runChart.chart.getOptions();
        assertThat(options.xaxis().categories()).hasSize(24);
        Number last = options.series().getFirst().data().getLast();
        double expected = jdbc.sql("""
                        SELECT SUM(o.psychiatric_admissions) / COUNT(*) FROM monthly_outcome o
                        JOIN citizen_case c ON c.id = o.case_id
                        WHERE c.municipality_code = 461 AND o.period = DATE_FORMAT(CURDATE() - INTERVAL 1 MONTH, '%Y-%m-01')""")
                .query(Double.class).single();
        // admissions are written with three decimals on every page (IndicatorFormat)
        assertThat(last.doubleValue()).isCloseTo(Math.round(expected * 1000) / 1000.0, org.assertj.core.data.Offset.offset(0.0001));
        assertThat(view.reading.getText()).containsAnyOf("Anhøj-reglerne finder", "Intet ikke-tilfældigt signal");
        assertThat(view.period.getValue().key()).isEqualTo("24m");
    }

    @Test
    @WithUserDetails("leder.odense")
    void the_period_comes_from_the_url_and_the_before_after_distribution_is_shown_without_case_rows() {
        navigate(OutcomesView.class);
        UI.getCurrent().navigate(OutcomesView.class,
                QueryParameters.simple(Map.of("indicator", "STABLE_HOUSING", "period", "12m", "municipality", "461")));
        OutcomesView view = (OutcomesView) getCurrentView();

        assertThat(view.period.getValue().key()).isEqualTo("12m");
        assertThat(view.runChart.chart.getOptions().xaxis().categories()).hasSize(12);
        assertThat(view.controlChart.isVisible()).as("a share gets a P chart").isTrue();
        assertThat(view.controlChart.note.getText()).startsWith("P-kort");
        // the distribution: one row per indicator, never one per case
        assertThat(view.beforeAfter.figures.table.getGenericDataView().getItems().count()).isLessThanOrEqualTo(4);
    }

    @Test
    @WithUserDetails("styregruppe")
    void a_municipality_and_year_without_figures_say_so_in_words() {
        navigate(OutcomesView.class);
        UI.getCurrent().navigate(OutcomesView.class, QueryParameters.simple(Map.of("period", "2023", "municipality", "563")));
        OutcomesView view = (OutcomesView) getCurrentView();

        assertThat(view.runChart.chart.isVisible()).isFalse();
        assertThat(view.reading.getText()).isEqualTo("Der er ikke indlæst resultater for Fanø i 2023.");
        assertThat(view.beforeAfter.note.getText()).startsWith("Ingen forløb i Fanø indskrevet i 2023");
    }

    @Test
    @WithUserDetails("styregruppe")
    void without_filters_the_programme_and_bed_days_are_shown() {
        OutcomesView view = navigate(OutcomesView.class);
        assertThat(view.indicator.getValue()).isEqualTo(OutcomeIndicator.BED_DAYS);
        assertThat(view.municipality.getValue()).isEqualTo(Scope.programme());
        assertThat(view.runChart.chart.getElement().getAttribute("aria-label")).startsWith("Sengedage pr. forløbsmåned, Hele programmet");
    }
    /**
     * Issue 12's done-when, in the page: an action leder.odense records is a labelled line on
     * Odense's run chart from its start month, and with {@code phases=split} the median is the
     * phases' own, the checkbox shows it, and the page says so in words.
     */
    @Test
    @WithUserDetails("leder.odense")
    void an_action_by_leder_odense_is_a_marker_on_odenses_run_chart_and_split_gives_each_phase_its_median() {
        java.time.YearMonth start = java.time.YearMonth.now().minusMonths(12);
        actions.create(new dk.samspil.improvement.ActionDraft("Fælles morgenmøde", "teamleder i socialpsykiatrien",
                start.atDay(5), start.atDay(5).plusMonths(3), dk.samspil.improvement.ActionStatus.ACTIVE, 461,
                java.util.Set.of("ADMISSIONS")));
        try {
            navigate(OutcomesView.class);
            UI.getCurrent().navigate(OutcomesView.class,
                    QueryParameters.simple(Map.of("indicator", "ADMISSIONS", "municipality", "461")));
            OutcomesView view = (OutcomesView) getCurrentView();
            ChartOptions whole = view.runChart.chart.getOptions();
            String label = java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.forLanguageTag("da"))
                    .format(start);
            assertThat(whole.annotations().xaxis()).singleElement().satisfies(marker -> {
                assertThat(marker.x()).isEqualTo(label);
                assertThat(marker.label().text()).isEqualTo("Fælles morgenmøde");
            });
            assertThat(view.phases.getValue()).isFalse();
            assertThat(whole.series().get(1).data().stream().distinct()).as("one median").hasSize(1);
            assertThat(view.actions.getText()).isEqualTo("Forbedringstiltag på kurven: Fælles morgenmøde (fra " + label + ").");
            assertThat(view.badges.variation.getElement().getTextRecursively()).contains("Variation: ");
            // the reading guide is worked on this chart's own figures
            dk.samspil.dashboard.OutcomeSeries shown = statistics.series(OutcomeIndicator.ADMISSIONS,
                    Scope.municipality(461), view.period.getValue());
            assertThat(view.runChart.help.howToRead()).startsWith("Sådan læser du den: Hver prik er en måned")
                    .contains("den længste række " + shown.runs().longestRun() + " måneder")
                    .contains("krydser " + shown.runs().crossings() + " gange");
            assertThat(view.controlChart.help.howToRead()).contains("Eksempel: ").contains("grænserne den måned gik fra");

            UI.getCurrent().navigate(OutcomesView.class,
                    QueryParameters.simple(Map.of("indicator", "ADMISSIONS", "municipality", "461", "phases", "split")));
            view = (OutcomesView) getCurrentView();
            assertThat(view.phases.getValue()).isTrue();
            ChartOptions split = view.runChart.chart.getOptions();
            int at = split.xaxis().categories().indexOf(label);
            java.util.List<? extends Number> median = split.series().get(1).data();
            assertThat(median.subList(0, at).stream().distinct()).hasSize(1);
            assertThat(median.subList(at, median.size()).stream().distinct()).hasSize(1);
            assertThat(view.actions.getText()).endsWith("Kurven er delt i 2 faser ved tiltagenes start: hver fase har sin "
                    + "egen median og sine egne Anhøj-signaler, og den nyeste fase bestemmer variationen.");
        } finally {
            jdbc.sql("DELETE FROM improvement_action").update();
        }
    }
}
