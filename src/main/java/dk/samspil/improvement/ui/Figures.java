package dk.samspil.improvement.ui;

import java.text.NumberFormat;
import java.util.Locale;

import dk.samspil.dashboard.Indicator;

/**
 * A target as the reader types and reads it: a share in per cent (stored as 0–1), any other figure
 * in its own unit, with the reader's decimal sign.
 */
final class Figures {

    private Figures() {
    }

    static double shown(Indicator indicator, double stored) {
        return indicator.share() ? stored * 100 : stored;
    }

    static double stored(Indicator indicator, double shown) {
        return indicator.share() ? shown / 100 : shown;
    }

    static String text(Indicator indicator, double stored, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(indicator.share() ? 1 : 3);
        return format.format(shown(indicator, stored)) + (indicator.share() ? " %" : "");
    }
}
