package dk.samspil.survey;

import java.util.Locale;

/**
 * One item of one version of an instrument. Answers point to this item, and so to the wording
 * they were given under.
 */
public record Item(long id, String code, int position, String textDa, String textEn, boolean reverseScored) {

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textDa;
    }
}
