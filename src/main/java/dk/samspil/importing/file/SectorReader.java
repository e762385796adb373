package dk.samspil.importing.file;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import dk.samspil.municipality.Sector;

/**
 * Sector codes in a row: one, or a list separated by {@code |} or {@code +}. Each code is read by
 * {@link Sector#parse} (after {@link Names#fold}, so {@code almen praksis} is {@code almen_praksis});
 * the answers are remembered for the pass, since a file repeats a handful of spellings.
 */
final class SectorReader {

    private static final int MAX_REMEMBERED = 256;

    private final RowReader row;
    private final Map<String, Sector> known = new HashMap<>();

    SectorReader(RowReader row) {
        this.row = row;
    }

    Sector one(Column column) {
        String value = row.raw(column);
        if (value == null) {
            required(column);
            return null;
        }
        Sector sector = parse(value);
        if (sector == null) {
            row.error(column, "import.error.unknown-sector", value);
        }
        return sector;
    }

    /** At least one sector, each once; null when none or any is unknown. */
    Set<Sector> list(Column column) {
        String value = row.raw(column);
        EnumSet<Sector> sectors = EnumSet.noneOf(Sector.class);
        boolean valid = true;
        int start = 0;
        for (int i = 0; value != null && i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == '|' || value.charAt(i) == '+') {
                String part = value.substring(start, i).strip();
                Sector sector = part.isEmpty() ? null : parse(part);
                if (sector != null) {
                    sectors.add(sector);
                } else if (!part.isEmpty()) {
                    row.error(column, "import.error.unknown-sector", part);
                    valid = false;
                }
                start = i + 1;
            }
        }
        if (valid && sectors.isEmpty()) {
            required(column);
        }
        return valid && !sectors.isEmpty() ? Collections.unmodifiableSet(sectors) : null;
    }

    private void required(Column column) {
        if (column.required()) {
            row.error(column, "import.error.required");
        }
    }

    private Sector parse(String spelling) {
        Sector sector = known.get(spelling);
        if (sector == null) {
            sector = Sector.parse(Names.fold(spelling)).orElse(null);
            if (sector != null && known.size() < MAX_REMEMBERED) {
                known.put(spelling, sector);
            }
        }
        return sector;
    }
}
