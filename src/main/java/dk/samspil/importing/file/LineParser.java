package dk.samspil.importing.file;

import java.util.List;

/** Turns one row of a kind of file into its typed line, checking everything a row can show. */
interface LineParser<T extends ImportLine> {

    /** The kind's columns, in the contract's order. */
    List<Column> columns();

    /** The row's line, or null when the row reader has collected errors for it. */
    T parse(RowReader row, References references);

    /**
     * What a line delivers that no other line of the file may deliver too (the database keeps one
     * of each): the column to name in the error and the key as shown, within the line's municipality.
     */
    UniqueKey uniqueKey(ImportLine line);

    /**
     * The hash of the line's municipality and {@link #uniqueKey} that finds a repeat
     * ({@link DuplicateKeys}); a kind with millions of rows computes it from the parts instead.
     */
    default long keyHash(ImportLine line) {
        return DuplicateKeys.hash(line.municipalityCode() + "\u001f" + uniqueKey(line).shown());
    }

    /** A line's key, named by the column that holds it. */
    record UniqueKey(Column column, String shown) {
    }

    static LineParser<? extends ImportLine> of(FileKind kind) {
        return switch (kind) {
            case CASES -> new CaseLineParser();
            case MEETINGS -> new MeetingLineParser();
            case OUTCOMES -> new OutcomeLineParser();
            case SURVEY_RESPONSES -> new SurveyResponseLineParser();
            case SELF_ASSESSMENTS -> new SelfAssessmentLineParser();
        };
    }
}
