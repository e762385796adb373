package dk.samspil.importing.file;

import java.util.List;

/** The {@code self-assessments} file: one VIVE core element's score for one quarter a row. */
final class SelfAssessmentLineParser implements LineParser<SelfAssessmentLine> {

    private static final int MAX_NOTE = 2000;
    private static final Column.Columns COLUMNS = new Column.Columns();
    static final Column MUNICIPALITY_CODE = COLUMNS.required("municipality_code", "kommunekode");
    static final Column QUARTER = COLUMNS.required("quarter", "kvartal");
    static final Column ELEMENT = COLUMNS.required("element", "kerneelement");
    static final Column SCORE = COLUMNS.required("score", "score");
    static final Column NOTE = COLUMNS.optional("note", "bemaerkning");

    @Override
    public List<Column> columns() {
        return COLUMNS.all();
    }

    @Override
    public SelfAssessmentLine parse(RowReader row, References references) {
        Integer municipality = references.municipality(row, MUNICIPALITY_CODE);
        YearQuarter quarter = row.quarter(QUARTER);
        String element = element(row);
        Integer score = row.integer(SCORE, 1, 5);
        String note = row.text(NOTE, MAX_NOTE);
        if (quarter != null && (quarter.year() < 2000 || quarter.year() > 2100)) {
            row.error(QUARTER, "import.error.out-of-range", quarter.toString(), "2000", "2100");
        }
        if (quarter != null && row.period() != null
                && !row.period().overlaps(quarter.firstMonth(), quarter.firstMonth().plusMonths(2))) {
            row.error(QUARTER, "import.error.outside-period", quarter.toString(), row.period().toString());
        }
        if (!row.valid()) {
            return null;
        }
        return new SelfAssessmentLine(municipality, quarter, element, score, note);
    }

    /** {@code E1} … {@code E6}, in any case. */
    private static String element(RowReader row) {
        String value = row.raw(ELEMENT);
        if (value == null) {
            row.error(ELEMENT, "import.error.required");
            return null;
        }
        boolean valid = value.length() == 2 && (value.charAt(0) == 'E' || value.charAt(0) == 'e')
                && value.charAt(1) >= '1' && value.charAt(1) <= '6';
        if (!valid) {
            row.error(ELEMENT, "import.error.unknown-code", value, "E1, E2, E3, E4, E5, E6");
            return null;
        }
        return "E" + value.charAt(1);
    }

    @Override
    public UniqueKey uniqueKey(ImportLine line) {
        SelfAssessmentLine score = (SelfAssessmentLine) line;
        return new UniqueKey(ELEMENT, score.element() + " " + score.quarter());
    }
}
