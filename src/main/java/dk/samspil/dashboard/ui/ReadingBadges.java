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
        // styled here, not in the theme: a theme change would need both front-end bundles rebuilt
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)")
                .set("margin-top", "var(--lumo-space-xs)");
        add(variation, assurance);
    }

    void show(ProcessReading reading, Direction direction, OptionalDouble target, IndicatorFormat format) {
        badge(variation, "variation", reading.variation().name(), variationSymbol(reading.variation(), direction),
                getTranslation("reading.variation.label", getTranslation("reading.variation." + reading.variation())));
        String words = getTranslation("reading.assurance." + reading.assurance());
        String targetText = target.isPresent() ? getTranslation("reading.target", format.withUnit(target.getAsDouble())) : "";
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
        Tone tone = Tone.of(value);
        badge.getStyle().set("display", "inline-flex").set("align-items", "baseline").set("gap", "0.3em")
                .set("border", "1px solid currentColor").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "0.1em 0.45em").set("font-size", "var(--lumo-font-size-xs)")
                .set("color", tone.text).set("background", tone.background);
        Span icon = new Span(symbol);
        icon.addClassName("icon-symbol");
        icon.getStyle().set("font-weight", "700");
        icon.getElement().setAttribute("aria-hidden", "true");
        Span text = new Span(words);
        badge.add(icon, text);
        badge.getElement().setAttribute("title", words);
    }

    /**
     * Blue for good news, orange for bad, grey otherwise (the colour-blind-safe pair the heatmap
     * uses); every pair has a contrast above 4.5:1, and the words carry the meaning without it.
     */
    private enum Tone {
        GOOD("#0b4f7a", "#e8f1f8"), BAD("#8a3b12", "#fbeee6"), PLAIN("#4a4a4a", "#ffffff");

        private final String text;
        private final String background;

        Tone(String text, String background) {
            this.text = text;
            this.background = background;
        }

        static Tone of(String value) {
            return switch (value) {
                case "SPECIAL_CAUSE_IMPROVING", "WILL_MEET" -> GOOD;
                case "SPECIAL_CAUSE_CONCERNING", "WILL_MISS" -> BAD;
                default -> PLAIN;
            };
        }
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
