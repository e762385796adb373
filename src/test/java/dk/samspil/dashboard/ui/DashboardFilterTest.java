package dk.samspil.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.router.QueryParameters;
import dk.samspil.base.period.Period;
import dk.samspil.dashboard.OutcomeIndicator;
import dk.samspil.dashboard.Scope;
import dk.samspil.dashboard.TileIndicator;
import dk.samspil.municipality.Sector;
import org.junit.jupiter.api.Test;

/** The dashboards' URL filters: what a page writes, it reads back; what it does not offer, it ignores. */
class DashboardFilterTest {

    private static final YearMonth NOW = YearMonth.of(2026, 11);
    private static final Period DEFAULT = Period.last(24, NOW);
    private static final Set<Integer> KNOWN = Set.of(461, 563);

    private static DashboardFilter read(QueryParameters parameters) {
        return DashboardFilter.read(parameters, NOW, DEFAULT, KNOWN);
    }

    @Test
    void every_filter_written_to_the_url_reads_back_the_same() {
        DashboardFilter chosen = DashboardFilter.of(Period.year(2025, NOW), Scope.municipality(563))
                .withIndicator(OutcomeIndicator.ADMISSIONS).withSector(Optional.of(Sector.GENERAL_PRACTICE));
        assertThat(chosen.query().getQueryString())
                .isEqualTo("indicator=ADMISSIONS&period=2025&municipality=563&sector=GENERAL_PRACTICE");
        assertThat(read(chosen.query())).isEqualTo(chosen);
        DashboardFilter compared = chosen.withMunicipalities(Optional.of(List.of(461, 563)));
        assertThat(read(compared.query()).municipalities()).contains(List.of(461, 563));
    }

    @Test
    void the_programme_is_the_absence_of_a_municipality() {
        DashboardFilter programme = DashboardFilter.of(DEFAULT, Scope.programme());
        assertThat(programme.query().getParameters()).doesNotContainKey(DashboardFilter.MUNICIPALITY);
        assertThat(read(programme.query()).scope()).isEqualTo(Scope.programme());
        assertThat(read(QueryParameters.empty())).isEqualTo(programme);
    }

    @Test
    void a_lead_who_chose_none_says_so_and_reads_none_back() {
        DashboardFilter none = DashboardFilter.of(DEFAULT, Scope.programme()).withMunicipalities(Optional.of(List.of()));
        assertThat(none.query().getQueryString()).isEqualTo("period=24m&municipality");
        assertThat(read(none.query()).municipalities()).contains(List.of());
        assertThat(read(none.query()).scope()).isEqualTo(Scope.programme());
    }

    @Test
    void values_the_page_does_not_offer_are_ignored_for_the_default_never_an_error() {
        DashboardFilter bad = read(new QueryParameters(Map.of(
                "indicator", List.of("HAPPINESS"), "period", List.of("7m"), "sector", List.of("psychiatry"),
                "municipality", List.of("999", "Odense", "-461", "0", "4610000000", "563"))));
        assertThat(bad.indicator()).isEmpty();
        assertThat(bad.period()).isEqualTo(DEFAULT);
        assertThat(bad.sector()).isEmpty();
        assertThat(bad.municipalities()).contains(List.of(563));
        assertThat(bad.scope()).isEqualTo(Scope.municipality(563));
        assertThat(read(QueryParameters.simple(Map.of("period", "2019", "municipality", ""))).period())
                .as("a year no longer offered").isEqualTo(DEFAULT);
    }

    @Test
    void an_indicator_is_written_alike_on_every_page_with_a_decimal_comma() {
        Locale danish = Locale.forLanguageTag("da-DK");
        double admissions = 0.04567;
        // Outcomes and Compare take the outcome indicator, the Overview's tiles theirs, the heatmap its column
        assertThat(IndicatorFormat.of(OutcomeIndicator.ADMISSIONS, danish).text(admissions)).isEqualTo("0,046")
                .isEqualTo(IndicatorFormat.of(TileIndicator.ADMISSIONS, danish).text(admissions))
                .isEqualTo(IndicatorFormat.ofColumn("ADMISSIONS", danish).text(admissions));
        // a chart's point (scaled) in a figures table or CSV reads as the page's own text
        IndicatorFormat housing = IndicatorFormat.of(OutcomeIndicator.STABLE_HOUSING, danish);
        assertThat(housing.scaledText(housing.scaled(0.6234))).isEqualTo(housing.text(0.6234)).isEqualTo("62,3");
        assertThat(housing.withUnit(0.6234)).isEqualTo("62,3 %");
        assertThat(IndicatorFormat.ofColumn("STABLE_HOUSING", danish).withUnit(0.6234)).isEqualTo("62,3 %");
        assertThat(IndicatorFormat.of(TileIndicator.CURRENT_PLAN, danish).text(0.5))
                .isEqualTo(IndicatorFormat.share(danish).text(0.5)).isEqualTo("50,0");
        assertThat(IndicatorFormat.of(TileIndicator.BED_DAYS, Locale.ENGLISH).text(5.2149)).isEqualTo("5.21");
    }
}
