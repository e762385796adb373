package dk.samspil.importing.batch;

import dk.samspil.casework.CaseImport;
import dk.samspil.importing.file.ReferenceCheck;
import dk.samspil.municipality.Municipalities;
import dk.samspil.survey.SurveyResponseImport;
import org.springframework.stereotype.Component;

/** Fresh database references for one pass over a file (they cache what they read). */
@Component
class ReferenceSource {

    private final Municipalities municipalities;
    private final CaseImport cases;
    private final SurveyResponseImport surveys;

    ReferenceSource(Municipalities municipalities, CaseImport cases, SurveyResponseImport surveys) {
        this.municipalities = municipalities;
        this.cases = cases;
        this.surveys = surveys;
    }

    ReferenceCheck open() {
        return new DatabaseReferences(municipalities, cases, surveys);
    }
}
