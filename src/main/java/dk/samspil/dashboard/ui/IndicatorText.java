package dk.samspil.dashboard.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import dk.samspil.base.chart.ChartPanel;
import dk.samspil.dashboard.Indicator;
import dk.samspil.dashboard.IndicatorCatalogue;
import dk.samspil.dashboard.OutcomeIndicator;
import dk.samspil.dashboard.TileIndicator;

/** An indicator's name and "what is this?" text from the catalogue, in the reader's language. */
final class IndicatorText {

    private IndicatorText() {
    }

    static String name(Component reader, OutcomeIndicator indicator) {
        return IndicatorCatalogue.of(indicator).name().in(locale(reader));
    }

    static String name(Component reader, String key) {
        return IndicatorCatalogue.get(key).name().in(locale(reader));
    }

    static String shortName(Component reader, TileIndicator indicator) {
        return IndicatorCatalogue.of(indicator).shortName().in(locale(reader));
    }

    /** The panel, with this indicator's definition under its "what is this?". */
    static <P extends ChartPanel> P defined(P panel, String key) {
        panel.setDefinition(help(panel, key));
        return panel;
    }

    /** A chart headed by the translation of {@code titleKey}, with this indicator's definition. */
    static ChartPanel chart(Component reader, String titleKey, String fileName, String key) {
        return defined(new ChartPanel(reader.getTranslation(titleKey), fileName), key);
    }

    /** The reader's language, as {@code Component.getLocale()} (protected there) finds it. */
    private static Locale locale(Component reader) {
        UI ui = reader.getUI().orElseGet(UI::getCurrent);
        return ui == null ? Locale.getDefault() : ui.getLocale();
    }

    /** The definition, what is counted and divided by, the unit, the direction and the source. */
    static String help(Component reader, String key) {
        Indicator indicator = IndicatorCatalogue.get(key);
        Locale locale = locale(reader);
        String denominator = indicator.denominator().isEmpty() ? ""
                : reader.getTranslation("indicator.help.denominator", indicator.denominator().in(locale));
        return reader.getTranslation("indicator.help", indicator.definition().in(locale), indicator.numerator().in(locale),
                denominator, indicator.unit().in(locale),
                reader.getTranslation("indicator.direction." + indicator.direction()), indicator.source().in(locale));
    }
}
