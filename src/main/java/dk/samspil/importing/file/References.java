package dk.samspil.importing.file;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The database checks of a row, through the {@link ReferenceCheck} seam. Municipalities and items
 * are few, so their answers are remembered for the pass; case answers are left to the implementation.
 */
final class References {

    private static final int MAX_REMEMBERED = 10_000;

    private final ReferenceCheck check;
    private final Map<Integer, Boolean> municipalities = new HashMap<>();
    private final Map<String, Optional<ItemScale>> items = new HashMap<>();

    References(ReferenceCheck check) {
        this.check = check;
    }

    /** A three-digit code of a known municipality; null (and an error) otherwise. */
    Integer municipality(RowReader row, Column column) {
        Integer code = row.integer(column, 100, 999);
        if (code == null) {
            return null;
        }
        Boolean exists = municipalities.get(code);
        if (exists == null) {
            exists = check.municipalityExists(code);
            remember(municipalities, code, exists);
        }
        if (!exists) {
            row.error(column, "import.error.unknown-municipality", code.toString());
            return null;
        }
        return code;
    }

    /** The case's enrolment date; null (and an error) when the municipality has no such case. */
    LocalDate enrolment(RowReader row, Column caseRefColumn, Integer municipality, String caseRef) {
        if (municipality == null || caseRef == null) {
            return null;
        }
        Optional<LocalDate> enrolledOn = check.caseEnrolledOn(municipality, caseRef);
        if (enrolledOn.isEmpty()) {
            row.error(caseRefColumn, "import.error.unknown-case", caseRef, municipality.toString());
        }
        return enrolledOn.orElse(null);
    }

    /** The item's scale; null (and an error) when the item code is unknown. */
    ItemScale itemScale(RowReader row, Column column, String itemCode) {
        if (itemCode == null) {
            return null;
        }
        Optional<ItemScale> scale = items.get(itemCode);
        if (scale == null) {
            scale = check.itemScale(itemCode);
            remember(items, itemCode, scale);
        }
        if (scale.isEmpty()) {
            row.error(column, "import.error.unknown-item", itemCode);
        }
        return scale.orElse(null);
    }

    private static <K, V> void remember(Map<K, V> memory, K key, V value) {
        if (memory.size() < MAX_REMEMBERED) {
            memory.put(key, value);
        }
    }
}
