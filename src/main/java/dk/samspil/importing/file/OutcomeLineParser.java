package dk.samspil.importing.file;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** The {@code outcomes} file: one case's outcome figures for one month a row. */
final class OutcomeLineParser implements LineParser<OutcomeLine> {

    private static final int SMALLINT_MAX = Short.MAX_VALUE;
    private static final Column.Columns COLUMNS = new Column.Columns();
    static final Column CASE_REF = COLUMNS.required("case_ref", "forloebsnr");
    static final Column MUNICIPALITY_CODE = COLUMNS.required("municipality_code", "kommunekode");
    static final Column PERIOD = COLUMNS.required("period", "periode");
    static final Column PSYCHIATRIC_ADMISSIONS = COLUMNS.required("psychiatric_admissions", "indlaeggelser");
    static final Column BED_DAYS = COLUMNS.required("bed_days", "sengedage");
    static final Column ACUTE_READMISSIONS = COLUMNS.required("acute_readmissions_30d", "akutte_genindlaeggelser");
    static final Column EMERGENCY_CONTACTS = COLUMNS.optional("emergency_contacts", "akutte_kontakter");
    static final Column HOUSING = COLUMNS.optional("housing", "bolig");
    static final Column EMPLOYMENT = COLUMNS.optional("employment", "beskaeftigelse");
    static final Column COHERENCE_SCORE = COLUMNS.optional("coherence_score", "oplevet_sammenhaeng");
    static final Column COERCIVE_MEASURES = COLUMNS.optional("coercive_measures", "tvang");

    @Override
    public List<Column> columns() {
        return COLUMNS.all();
    }

    @Override
    public OutcomeLine parse(RowReader row, References references) {
        String caseRef = row.reference(CASE_REF, 32);
        Integer municipality = references.municipality(row, MUNICIPALITY_CODE);
        YearMonth period = row.month(PERIOD);
        Integer admissions = row.integer(PSYCHIATRIC_ADMISSIONS, 0, SMALLINT_MAX);
        Integer bedDays = row.integer(BED_DAYS, 0, 31);
        Integer readmissions = row.integer(ACUTE_READMISSIONS, 0, SMALLINT_MAX);
        Integer emergencyContacts = row.integer(EMERGENCY_CONTACTS, 0, SMALLINT_MAX);
        Housing housing = row.code(HOUSING, Codes.HOUSING);
        Employment employment = row.code(EMPLOYMENT, Codes.EMPLOYMENT);
        BigDecimal coherence = row.decimal(COHERENCE_SCORE, 1, 5, 1);
        Integer coercion = row.integer(COERCIVE_MEASURES, 0, SMALLINT_MAX);
        if (readmissions != null && admissions != null && readmissions > admissions) {
            row.error(ACUTE_READMISSIONS, "import.error.readmissions-exceed-admissions", readmissions.toString(),
                    admissions.toString());
        }
        if (period != null) {
            row.inPeriod(PERIOD, period, period.toString());
        }
        references.enrolment(row, CASE_REF, municipality, caseRef);
        if (!row.valid()) {
            return null;
        }
        return new OutcomeLine(municipality, caseRef, period, admissions, bedDays, readmissions, emergencyContacts,
                housing, employment, coherence, coercion);
    }

    @Override
    public UniqueKey uniqueKey(ImportLine line) {
        OutcomeLine outcome = (OutcomeLine) line;
        return new UniqueKey(CASE_REF, outcome.caseRef() + " " + outcome.period());
    }
}
