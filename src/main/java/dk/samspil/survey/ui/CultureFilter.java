package dk.samspil.survey.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import dk.samspil.base.ui.UrlParameters;
import dk.samspil.municipality.Sector;
import dk.samspil.survey.Construct;

/**
 * The Culture page's filters as they stand in its URL, so a copied link opens the same view.
 * Each is empty where the URL does not say (or says nonsense): the view then picks its default.
 *
 * @param sector null for all sectors
 */
record CultureFilter(Long wave, Integer municipality, Sector sector, Construct construct) {

    static CultureFilter of(BeforeEnterEvent event) {
        return new CultureFilter(UrlParameters.first(event, "wave").flatMap(CultureFilter::number).orElse(null),
                UrlParameters.first(event, "municipality").flatMap(CultureFilter::number).map(Long::intValue).orElse(null),
                UrlParameters.first(event, "sector").flatMap(code -> named(Sector.class, code)).orElse(null),
                UrlParameters.first(event, "construct").flatMap(code -> named(Construct.class, code))
                        .filter(construct -> construct != Construct.CORE_ELEMENTS).orElse(null));
    }

    QueryParameters query() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("wave", String.valueOf(wave));
        parameters.put("municipality", String.valueOf(municipality));
        if (sector != null) {
            parameters.put("sector", sector.name());
        }
        parameters.put("construct", construct.name());
        return QueryParameters.simple(parameters);
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
