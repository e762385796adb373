package dk.samspil.survey;

import java.util.List;
import java.util.Locale;

/** One version of an instrument: its scale, its labelled ends and its items in order. */
public record Instrument(long id, String code, int version, Construct construct, String nameDa, String nameEn,
                         int scaleMin, int scaleMax, String lowDa, String lowEn, String highDa, String highEn,
                         boolean allowsNotRelevant, List<Item> items) {

    public String name(Locale locale) {
        return english(locale) ? nameEn : nameDa;
    }

    public String lowLabel(Locale locale) {
        return english(locale) ? lowEn : lowDa;
    }

    public String highLabel(Locale locale) {
        return english(locale) ? highEn : highDa;
    }

    /** The score as it counts: reverse-scored items are mirrored on the scale (PS1: 8 − answer). */
    public double scored(Item item, int answer) {
        return item.reverseScored() ? scaleMin + scaleMax - answer : answer;
    }

    public boolean onScale(int answer) {
        return answer >= scaleMin && answer <= scaleMax;
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
