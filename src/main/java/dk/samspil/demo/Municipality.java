package dk.samspil.demo;

import java.text.Normalizer;
import java.util.Locale;

/** A municipality of the programme, as it stands in the {@code municipality} table. */
record Municipality(int code, String name, int regionCode) {

    /**
     * Three letters for case references, "ODE" for Odense. Letters only, so a reference such as
     * "ODE-0007" can never look like a CPR number (and ck_case_ref_not_cpr would refuse it).
     */
    String casePrefix() {
        String letters = ascii(name).replaceAll("[^A-Z]", "");
        return (letters + "KOM").substring(0, 3);
    }

    /** The name as it appears in a delivered file's name: "faaborg-midtfyn", "aeroe". */
    String fileSlug() {
        return ascii(name).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }

    /** Upper-case ASCII the Danish way (Æ → AE, Ø → OE, Å → AA); other accents are dropped. */
    static String ascii(String text) {
        String upper = text.toUpperCase(Locale.ROOT)
                .replace("Æ", "AE")
                .replace("Ø", "OE")
                .replace("Å", "AA");
        return Normalizer.normalize(upper, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
