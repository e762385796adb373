package dk.samspil.importing.file;

import java.time.LocalDate;
import java.util.List;

import dk.samspil.casework.CaseStatus;
import dk.samspil.municipality.Sector;

/** The {@code cases} file: the register of the programme's citizens (pseudonymous). */
final class CaseLineParser implements LineParser<CaseLine> {

    private static final Column.Columns COLUMNS = new Column.Columns();
    static final Column CASE_REF = COLUMNS.required("case_ref", "forloebsnr");
    static final Column MUNICIPALITY_CODE = COLUMNS.required("municipality_code", "kommunekode");
    static final Column ENROLLED_ON = COLUMNS.required("enrolled_on", "indskrevet");
    static final Column STATUS = COLUMNS.required("status", "status");
    static final Column ENDED_ON = COLUMNS.optional("ended_on", "afsluttet_dato");
    static final Column KEY_COORDINATOR_SECTOR = COLUMNS.required("key_coordinator_sector", "tovholder_sektor");
    static final Column AGE_BAND = COLUMNS.optional("age_band", "aldersgruppe");

    @Override
    public List<Column> columns() {
        return COLUMNS.all();
    }

    @Override
    public CaseLine parse(RowReader row, References references) {
        String caseRef = row.reference(CASE_REF, 32);
        Integer municipality = references.municipality(row, MUNICIPALITY_CODE);
        LocalDate enrolledOn = row.date(ENROLLED_ON);
        CaseStatus status = row.code(STATUS, Codes.CASE_STATUS);
        LocalDate endedOn = row.date(ENDED_ON);
        Sector coordinator = row.sectors().one(KEY_COORDINATOR_SECTOR);
        String ageBand = ageBand(row);
        if (status == CaseStatus.ENDED && row.raw(ENDED_ON) == null) {
            row.error(ENDED_ON, "import.error.required-when-ended");
        } else if (status != null && status != CaseStatus.ENDED && endedOn != null) {
            row.error(ENDED_ON, "import.error.only-when-ended", endedOn.toString());
        } else if (endedOn != null && enrolledOn != null && endedOn.isBefore(enrolledOn)) {
            row.error(ENDED_ON, "import.error.ended-before-enrolled", endedOn.toString(), enrolledOn.toString());
        }
        if (!row.valid()) {
            return null;
        }
        return new CaseLine(municipality, caseRef, enrolledOn, status, endedOn, coordinator, ageBand);
    }

    private static String ageBand(RowReader row) {
        String value = row.raw(AGE_BAND);
        String band = value == null ? null : Codes.AGE_BANDS.get(Names.fold(value));
        if (value != null && band == null) {
            row.error(AGE_BAND, "import.error.unknown-code", value, Codes.AGE_BANDS_ALLOWED);
        }
        return band;
    }

    @Override
    public UniqueKey uniqueKey(ImportLine line) {
        return new UniqueKey(CASE_REF, ((CaseLine) line).caseRef());
    }
}
