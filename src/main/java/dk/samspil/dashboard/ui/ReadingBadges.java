package dk.samspil.dashboard.ui;

import java.util.OptionalDouble;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dk.samspil.statistics.Assurance;
import dk.samspil.statistics.Direction;
import dk.samspil.statistics.ProcessReading;
import dk.samspil.statistics.Variation;

/**
 * The two icons of a tile or run chart (decision 0027) as a symbol and words, so that colour is
 * never the only carrier (WCAG 1.4.1): the symbol is decoration to a screen reader, the words are
 * read, and each badge carries its full sentence as its label.
 */
class ReadingBadges extends Div {

    final Span variation = new Span();
    final Span assurance = new Span();

    ReadingBadges() {
        addClassName("icon-badges");
        add(variation, assurance);
    }

    void show(ProcessReading reading, Direction direction, OptionalDouble target, IndicatorFormat format) {
        badge(variation, "variation", reading.variation().name(), variationSymbol(reading.variation(), direction),
                getTranslation("reading.variation.label", getTranslation("reading.variation." + reading.variation())));
        String words = getTranslation("reading.assurance." + reading.assurance());
        String targetText = target.isPresent() ? getTranslation("reading.target", format.text(target.getAsDouble())) : "";
        badge(assurance, "assurance", reading.assurance().name(), assuranceSymbol(reading.assurance()),
                getTranslation("reading.assurance.label", words) + (targetText.isEmpty() ? "" : " (" + targetText + ")"));
    }

    /** Both icons in words, for a chart's text alternative. */
    String words() {
        return variation.getElement().getAttribute("title") + ". " + assurance.getElement().getAttribute("title") + ".";
    }

    private static void badge(Span badge, String kind, String value, String symbol, String words) {
        badge.removeAll();
        badge.getElement().removeAttribute("class");
        badge.addClassNames("icon-badge", "icon-" + kind, "icon-" + value.toLowerCase().replace("_", "-"));
        badge.getElement().setAttribute("data-" + kind, value);
        Span icon = new Span(symbol);
        icon.addClassName("icon-symbol");
        icon.getElement().setAttribute("aria-hidden", "true");
        Span text = new Span(words);
        badge.add(icon, text);
        badge.getElement().setAttribute("title", words);
    }

    /** Up or down where the signal lies, as on the NHS icons; ≈ for chance alone. */
    static String variationSymbol(Variation variation, Direction direction) {
        boolean higherBetter = direction != Direction.LOWER_IS_BETTER;
        return switch (variation) {
            case COMMON_CAUSE -> "≈";
            case SPECIAL_CAUSE_IMPROVING -> higherBetter ? "▲" : "▼";
            case SPECIAL_CAUSE_CONCERNING -> higherBetter ? "▼" : "▲";
            case SPECIAL_CAUSE_NEUTRAL -> "◆";
            case TOO_FEW_POINTS -> "…";
        };
    }

    static String assuranceSymbol(Assurance assurance) {
        return switch (assurance) {
            case WILL_MEET -> "✔";
            case WILL_MISS -> "✖";
            case MAY_MEET_OR_MISS -> "?";
            case NO_TARGET, TOO_FEW_POINTS -> "–";
        };
    }
}
