package dk.samspil.importing.file;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The checks of a row that need the database (docs/import-formats.md, "Unknown references"), implemented by a Spring
 * component of the importing module. The validation calls it for every row that is otherwise
 * valid, so an implementation should answer from memory: load the municipalities and items once,
 * and a municipality's case enrolments once per file. Municipality and item answers are cached for
 * the length of one pass; case answers are not.
 */
public interface ReferenceCheck {

    /** Whether the municipality code is a known municipality. */
    boolean municipalityExists(int municipalityCode);

    /** The enrolment date of the municipality's case, or empty when it has no such case. */
    Optional<LocalDate> caseEnrolledOn(int municipalityCode, String caseRef);

    /** The scale of the survey item with this code (upper case, e.g. {@code PS1}), or empty when unknown. */
    Optional<ItemScale> itemScale(String itemCode);
}
