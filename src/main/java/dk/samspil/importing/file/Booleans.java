package dk.samspil.importing.file;

/**
 * Yes and no as the contract writes them: {@code ja/nej}, {@code yes/no}, {@code true/false},
 * {@code 1/0}, {@code j/n}, {@code y/n}, case-insensitive; and {@code sand/falsk}, which is how
 * Danish Excel writes TRUE and FALSE.
 */
final class Booleans {

    private Booleans() {
    }

    /** The value, or null when the text is neither yes nor no. */
    static Boolean parse(String text) {
        return switch (Names.fold(text)) {
            case "ja", "j", "yes", "y", "true", "1", "sand" -> Boolean.TRUE;
            case "nej", "n", "no", "false", "0", "falsk" -> Boolean.FALSE;
            default -> null;
        };
    }

    static String allowed() {
        return "ja/nej, yes/no, true/false, 1/0, j/n, y/n";
    }
}
