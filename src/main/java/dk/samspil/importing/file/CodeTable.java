package dk.samspil.importing.file;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The spellings a file may use for the constants of one enumeration: the English code in any case,
 * and its Danish synonym, both as folded by {@link Names#fold}. Built once, looked up per field.
 */
final class CodeTable<E extends Enum<E>> {

    private final Map<String, E> bySpelling;
    private final String allowed;

    private CodeTable(Map<String, E> bySpelling, String allowed) {
        this.bySpelling = bySpelling;
        this.allowed = allowed;
    }

    /** A table of the English codes and, where {@code danish} gives one (not null), the Danish synonym. */
    static <E extends Enum<E>> CodeTable<E> of(Class<E> type, Function<E, String> danish) {
        Map<String, E> bySpelling = new HashMap<>();
        List<String> english = new ArrayList<>();
        List<String> synonyms = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            bySpelling.put(constant.name(), constant);
            bySpelling.put(Names.fold(constant.name()), constant);
            english.add(constant.name());
            String synonym = danish.apply(constant);
            if (synonym != null) {
                bySpelling.put(Names.fold(synonym), constant);
                synonyms.add(synonym);
            }
        }
        String allowed = String.join(", ", english) + (synonyms.isEmpty() ? "" : " / " + String.join(", ", synonyms));
        return new CodeTable<>(Map.copyOf(bySpelling), allowed);
    }

    /** The constant, or null when the text is none of the spellings. */
    E parse(String text) {
        E exact = bySpelling.get(text);
        return exact != null ? exact : bySpelling.get(Names.fold(text));
    }

    /** The spellings, for the error message: {@code ACTIVE, PAUSED, ENDED / aktiv, pause, afsluttet}. */
    String allowed() {
        return allowed;
    }
}
