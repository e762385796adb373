package dk.samspil.importing.batch;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dk.samspil.casework.CaseImport;
import dk.samspil.importing.file.ItemScale;
import dk.samspil.importing.file.ReferenceCheck;
import dk.samspil.municipality.Municipalities;
import dk.samspil.survey.SurveyResponseImport;

/**
 * The database side of a file's checks, read once per validation: known municipalities, each
 * municipality's case register, the survey items and their scales.
 */
final class DatabaseReferences implements ReferenceCheck {

    private final Set<Integer> municipalities;
    private final CaseImport cases;
    private final Map<String, int[]> itemScales;
    private final Map<Integer, Map<String, LocalDate>> enrolments = new HashMap<>();

    DatabaseReferences(Municipalities municipalities, CaseImport cases, SurveyResponseImport surveys) {
        this.municipalities = municipalities.all().stream().map(m -> m.code()).collect(Collectors.toSet());
        this.cases = cases;
        this.itemScales = surveys.itemScales();
    }

    @Override
    public boolean municipalityExists(int municipalityCode) {
        return municipalities.contains(municipalityCode);
    }

    @Override
    public Optional<LocalDate> caseEnrolledOn(int municipalityCode, String caseRef) {
        return Optional.ofNullable(enrolments.computeIfAbsent(municipalityCode, cases::enrolments).get(caseRef));
    }

    @Override
    public Optional<ItemScale> itemScale(String itemCode) {
        return Optional.ofNullable(itemScales.get(itemCode)).map(scale -> new ItemScale(scale[0], scale[1]));
    }
}
