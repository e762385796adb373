package dk.samspil.survey.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import dk.samspil.base.ui.UrlParameters;
import dk.samspil.municipality.Sector;
import dk.samspil.survey.Construct;
import dk.samspil.survey.Pooling;

/**
 * The Culture page's filters as they stand in its URL, so a copied link opens the same view.
 * Each is empty where the URL does not say (or says nonsense): the view then picks its default.
 *
 * @param municipality {@link #PROGRAMME} for the whole programme
 * @param sector       null for all sectors
 * @param period       how many months of closed waves are pooled; null for the view's default (one wave)
 */
record CultureFilter(Long wave, Integer municipality, Sector sector, Construct construct, Pooling period) {

    /** The whole programme in the URL ({@code municipality=programme}), as a code no municipality has. */
    static final int PROGRAMME = 0;

    /** The programme is no municipality: its scope is null. */
    static Integer scope(int municipality) {
        return municipality == PROGRAMME ? null : municipality;
    }

    static CultureFilter of(BeforeEnterEvent event) {
        return new CultureFilter(UrlParameters.first(event, "wave").flatMap(CultureFilter::number).orElse(null),
                UrlParameters.first(event, "municipality").flatMap(code -> "programme".equals(code)
                        ? Optional.of((long) PROGRAMME) : number(code)).map(Long::intValue).orElse(null),
                UrlParameters.first(event, "sector").flatMap(code -> named(Sector.class, code)).orElse(null),
                UrlParameters.first(event, "construct").flatMap(code -> named(Construct.class, code))
                        .filter(construct -> construct != Construct.CORE_ELEMENTS).orElse(null),
                UrlParameters.first(event, "period").flatMap(code -> named(Pooling.class, code)).orElse(null));
    }

    QueryParameters query() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (period == null || period == Pooling.WAVE) {
            parameters.put("wave", String.valueOf(wave));
        } else {
            parameters.put("period", period.name());
        }
        parameters.put("municipality", municipality == PROGRAMME ? "programme" : String.valueOf(municipality));
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
