package dk.samspil.base;

import java.util.HashMap;
import java.util.Map;

/** The {@code --name value} and {@code --flag} options after a command's name ({@code import}, {@code report}). */
public final class CommandLineOptions {

    private CommandLineOptions() {
    }

    /** Options from {@code args[1]} on; a flag without a value reads as {@code "true"}. */
    public static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                String name = args[i].substring(2);
                boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
                options.put(name, hasValue ? args[++i] : "true");
            }
        }
        return options;
    }
}
