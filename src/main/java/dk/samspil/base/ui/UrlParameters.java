package dk.samspil.base.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.router.BeforeEnterEvent;

/** Reads a page's filters from its URL's query parameters, so a copied link opens the same view. */
public final class UrlParameters {

    private UrlParameters() {
    }

    /** The first value of a query parameter, if the URL has it. */
    public static Optional<String> first(BeforeEnterEvent event, String name) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        return Optional.ofNullable(parameters.get(name)).flatMap(values -> values.stream().findFirst());
    }
}
