package dk.samspil.dashboard.ui;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.router.QueryParameters;
import dk.samspil.base.period.Period;
import dk.samspil.base.ui.UrlParameters;
import dk.samspil.dashboard.OutcomeIndicator;
import dk.samspil.dashboard.Scope;
import dk.samspil.municipality.Sector;

/**
 * The dashboards' filters as they stand in the URL, read and written in this one place, so that a
 * copied link opens the same view: {@code indicator}, {@code period}, {@code municipality} (repeated
 * on Compare, one code each) and {@code sector}. A value the page does not offer — a mistyped
 * link, an old bookmark — is left out and the page's default taken: never an error.
 *
 * @param municipalities the chosen municipalities; empty when the URL has none (the programme, or
 *                       Compare's default), an empty list when it says "none" ({@code municipality=})
 */
record DashboardFilter(Optional<OutcomeIndicator> indicator, Period period, Optional<List<Integer>> municipalities,
                       Optional<Sector> sector) {

    static final String INDICATOR = "indicator";
    static final String PERIOD = "period";
    static final String MUNICIPALITY = "municipality";
    static final String SECTOR = "sector";

    DashboardFilter {
        municipalities = municipalities.map(List::copyOf);
    }

    /**
     * @param defaultPeriod what the page shows without a (valid) {@code period}
     * @param known         the municipality codes there are; others in the URL are left out
     */
    static DashboardFilter read(QueryParameters parameters, YearMonth thisMonth, Period defaultPeriod, Set<Integer> known) {
        Optional<List<Integer>> municipalities = Optional.ofNullable(parameters.getParameters().get(MUNICIPALITY))
                .map(codes -> codes.stream().map(DashboardFilter::code).flatMap(Optional::stream).distinct()
                        .filter(known::contains).toList());
        return new DashboardFilter(
                UrlParameters.first(parameters, INDICATOR).flatMap(name -> UrlParameters.named(OutcomeIndicator.class, name)),
                UrlParameters.first(parameters, PERIOD).flatMap(key -> Period.parse(key, thisMonth)).orElse(defaultPeriod),
                municipalities,
                UrlParameters.first(parameters, SECTOR).flatMap(name -> UrlParameters.named(Sector.class, name)));
    }

    /** The filters of a page that shows the programme or one municipality. */
    static DashboardFilter of(Period period, Scope scope) {
        return new DashboardFilter(Optional.empty(), period, scope.municipalityCode().map(List::of), Optional.empty());
    }

    /** The programme, or the one municipality chosen (the first, should a link name several). */
    Scope scope() {
        return municipalities.flatMap(codes -> codes.stream().findFirst()).map(Scope::municipality)
                .orElse(Scope.programme());
    }

    /**
     * The scope for this reader: where the URL names no municipality, a municipal lead's page opens
     * on their own municipality, not the programme (issue 12, defect 9); a URL that names one (or the
     * programme, {@code municipality=}) is followed.
     */
    Scope scope(dk.samspil.security.SignedInUser reader) {
        if (municipalities.isEmpty() && reader.role() == dk.samspil.security.Role.MUNICIPAL_LEAD) {
            return reader.municipality().map(Scope::municipality).orElse(Scope.programme());
        }
        return scope();
    }

    DashboardFilter withIndicator(OutcomeIndicator chosen) {
        return new DashboardFilter(Optional.of(chosen), period, municipalities, sector);
    }

    DashboardFilter withSector(Optional<Sector> chosen) {
        return new DashboardFilter(indicator, period, municipalities, chosen);
    }

    DashboardFilter withMunicipalities(Optional<List<Integer>> chosen) {
        return new DashboardFilter(indicator, period, chosen, sector);
    }

    private static Optional<Integer> code(String value) {
        return value.matches("\\d{1,4}") ? Optional.of(Integer.parseInt(value)) : Optional.empty();
    }

    /** As the URL writes it; the programme is the absence of {@code municipality}. */
    QueryParameters query() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        indicator.ifPresent(chosen -> query.put(INDICATOR, List.of(chosen.name())));
        query.put(PERIOD, List.of(period.key()));
        municipalities.ifPresent(codes -> query.put(MUNICIPALITY, codes.isEmpty() ? List.of("")
                : codes.stream().map(String::valueOf).toList()));
        sector.ifPresent(chosen -> query.put(SECTOR, List.of(chosen.name())));
        return new QueryParameters(query);
    }
}
