package dk.samspil.importing.file;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The reference data the samples use: Odense and Fanø, their cases, and the shipped instruments' items. */
final class FakeReferences implements ReferenceCheck {

    private final Map<String, LocalDate> enrolments = new HashMap<>();
    private final Map<String, ItemScale> items = new HashMap<>();
    int caseLookups;

    FakeReferences() {
        String[][] cases = {
                {"ODE-0001", "2025-11-04"}, {"ODE-0002", "2025-04-08"}, {"ODE-0003", "2025-11-24"},
                {"ODE-0004", "2025-01-01"}, {"ODE-0005", "2025-09-20"}, {"ODE-0006", "2025-12-21"},
                {"ODE-0007", "2025-10-09"}, {"ODE-0008", "2025-06-09"}, {"ODE-0009", "2025-02-03"},
                {"ODE-0010", "2025-06-20"}};
        for (String[] c : cases) {
            enrolments.put("461/" + c[0], LocalDate.parse(c[1]));
        }
        enrolments.put("563/FAN-0001", LocalDate.parse("2025-09-04"));
        enrolments.put("563/FAN-0002", LocalDate.parse("2025-05-27"));
        enrolments.put("563/FAN-0003", LocalDate.parse("2025-12-03"));
        for (int i = 1; i <= 7; i++) {
            items.put("PS" + i, new ItemScale(1, 7));
            items.put("RC" + i, new ItemScale(1, 5));
        }
        for (int i = 1; i <= 6; i++) {
            items.put("RCL" + i, new ItemScale(1, 7));
        }
    }

    @Override
    public boolean municipalityExists(int municipalityCode) {
        return municipalityCode == 461 || municipalityCode == 563;
    }

    @Override
    public Optional<LocalDate> caseEnrolledOn(int municipalityCode, String caseRef) {
        caseLookups++;
        return Optional.ofNullable(enrolments.get(municipalityCode + "/" + caseRef));
    }

    @Override
    public Optional<ItemScale> itemScale(String itemCode) {
        return Optional.ofNullable(items.get(itemCode));
    }
}
