package dk.samspil.base.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;

/** Reads a page's filters from its URL's query parameters, so a copied link opens the same view. */
public final class UrlParameters {

    private UrlParameters() {
    }

    /** The first value of a query parameter, if the URL has it. */
    public static Optional<String> first(BeforeEnterEvent event, String name) {
        return first(event.getLocation().getQueryParameters(), name);
    }

    /** The first value of a query parameter, if the parameters have it. */
    public static Optional<String> first(QueryParameters parameters, String name) {
        Map<String, List<String>> values = parameters.getParameters();
        return Optional.ofNullable(values.get(name)).flatMap(all -> all.stream().findFirst());
    }

    /** The enum constant a URL value names exactly; empty for anything else (a link is no place for an error). */
    public static <E extends Enum<E>> Optional<E> named(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
