package dk.samspil.importing.file;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import dk.samspil.municipality.Sector;

/** The {@code survey-responses} file: one answer to one item a row. */
final class SurveyResponseLineParser implements LineParser<SurveyResponseLine> {

    /** The contract gives no length; long enough for a UUID, short enough to stay a reference. */
    private static final int MAX_RESPONSE_REF = 64;
    private static final int MAX_ITEM_CODE = 8;
    private static final Column.Columns COLUMNS = new Column.Columns();
    static final Column RESPONSE_REF = COLUMNS.required("response_ref", "svar_id");
    static final Column WAVE = COLUMNS.required("wave", "runde");
    static final Column MUNICIPALITY_CODE = COLUMNS.required("municipality_code", "kommunekode");
    static final Column SECTOR = COLUMNS.required("sector", "sektor");
    static final Column ITEM_CODE = COLUMNS.required("item_code", "spoergsmaal");
    static final Column SCORE = COLUMNS.required("score", "score");

    @Override
    public List<Column> columns() {
        return COLUMNS.all();
    }

    @Override
    public SurveyResponseLine parse(RowReader row, References references) {
        String responseRef = row.reference(RESPONSE_REF, MAX_RESPONSE_REF);
        YearMonth wave = row.month(WAVE);
        Integer municipality = references.municipality(row, MUNICIPALITY_CODE);
        Sector sector = row.sectors().one(SECTOR);
        String text = row.text(ITEM_CODE, MAX_ITEM_CODE);
        String itemCode = text == null ? null : text.toUpperCase(Locale.ROOT);
        Integer score = row.integer(SCORE, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (wave != null) {
            row.inPeriod(WAVE, wave, wave.toString());
        }
        ItemScale scale = references.itemScale(row, ITEM_CODE, itemCode);
        if (scale != null && score != null && !scale.contains(score)) {
            row.error(SCORE, "import.error.out-of-range", score.toString(), String.valueOf(scale.min()),
                    String.valueOf(scale.max()));
        }
        if (!row.valid()) {
            return null;
        }
        return new SurveyResponseLine(municipality, responseRef, wave, sector, itemCode, score);
    }

    @Override
    public long keyHash(ImportLine line) {
        SurveyResponseLine answer = (SurveyResponseLine) line;
        return new DuplicateKeys.Hash().number(answer.municipalityCode()).text(answer.itemCode())
                .text(answer.responseRef()).number(answer.wave().getYear() * 12L + answer.wave().getMonthValue()).value();
    }

    @Override
    public UniqueKey uniqueKey(ImportLine line) {
        SurveyResponseLine answer = (SurveyResponseLine) line;
        return new UniqueKey(ITEM_CODE, answer.itemCode() + " " + answer.responseRef() + " " + answer.wave());
    }
}
