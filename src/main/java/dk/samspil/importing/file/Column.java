package dk.samspil.importing.file;

import java.util.ArrayList;
import java.util.List;

/**
 * One column of a kind of file: its English and Danish name in the contract, whether it is
 * required, and its index among the kind's columns (which {@link HeaderMap} maps to a position).
 */
record Column(int index, String english, String danish, boolean required) {

    /** The columns of one kind, declared in order as static constants of its line parser. */
    static final class Columns {
        private final List<Column> all = new ArrayList<>();

        Column required(String english, String danish) {
            return add(english, danish, true);
        }

        Column optional(String english, String danish) {
            return add(english, danish, false);
        }

        private Column add(String english, String danish, boolean required) {
            Column column = new Column(all.size(), english, danish, required);
            all.add(column);
            return column;
        }

        List<Column> all() {
            return List.copyOf(all);
        }
    }
}
