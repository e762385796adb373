package dk.samspil.importing.file;

/**
 * Folds a column name or a code to the one spelling the lookups use: surrounding spaces dropped,
 * lower case, æ/ø/å written ae/oe/aa as the contract's Danish names are, and spaces and dashes as
 * underscores. So {@code " Næste opfølgning "} and {@code naeste_opfoelgning} are the same column,
 * and {@code Follow-up} the same code as {@code FOLLOW_UP}.
 */
final class Names {

    private Names() {
    }

    static String fold(String text) {
        String value = text.strip();
        int n = value.length();
        int i = 0;
        while (i < n && isPlain(value.charAt(i))) {
            i++;
        }
        if (i == n) {
            return value;
        }
        StringBuilder folded = new StringBuilder(n + 4).append(value, 0, i);
        for (; i < n; i++) {
            char c = value.charAt(i);
            switch (c) {
                case 'æ', 'Æ' -> folded.append("ae");
                case 'ø', 'Ø' -> folded.append("oe");
                case 'å', 'Å' -> folded.append("aa");
                case ' ', '-', '\u2013' -> folded.append('_');
                default -> folded.append(Character.toLowerCase(c));
            }
        }
        return folded.toString();
    }

    private static boolean isPlain(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }
}
