package dk.samspil.importing.file;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import dk.samspil.municipality.Sector;

/** The {@code meetings} file: one network meeting a row. */
final class MeetingLineParser implements LineParser<MeetingLine> {

    private static final int SMALLINT_MAX = Short.MAX_VALUE;
    private static final Column.Columns COLUMNS = new Column.Columns();
    static final Column MEETING_REF = COLUMNS.required("meeting_ref", "moedenr");
    static final Column CASE_REF = COLUMNS.required("case_ref", "forloebsnr");
    static final Column MUNICIPALITY_CODE = COLUMNS.required("municipality_code", "kommunekode");
    static final Column HELD_ON = COLUMNS.required("held_on", "dato");
    static final Column MEETING_TYPE = COLUMNS.required("meeting_type", "moedetype");
    static final Column SECTORS_PRESENT = COLUMNS.required("sectors_present", "sektorer");
    static final Column CITIZEN_PRESENT = COLUMNS.required("citizen_present", "borger_deltog");
    static final Column PLAN_STATUS = COLUMNS.required("plan_status", "plan");
    static final Column ACTIONS_AGREED = COLUMNS.required("actions_agreed", "aftalte_handlinger");
    static final Column NEXT_FOLLOW_UP_ON = COLUMNS.optional("next_follow_up_on", "naeste_opfoelgning");
    static final Column DURATION_MINUTES = COLUMNS.optional("duration_minutes", "varighed_min");
    static final Column PARTICIPANTS = COLUMNS.optional("participants", "deltagere");

    @Override
    public List<Column> columns() {
        return COLUMNS.all();
    }

    @Override
    public MeetingLine parse(RowReader row, References references) {
        String meetingRef = row.reference(MEETING_REF, 32);
        String caseRef = row.reference(CASE_REF, 32);
        Integer municipality = references.municipality(row, MUNICIPALITY_CODE);
        LocalDate heldOn = row.date(HELD_ON);
        MeetingType type = row.code(MEETING_TYPE, Codes.MEETING_TYPE);
        Set<Sector> sectors = row.sectors().list(SECTORS_PRESENT);
        Boolean citizenPresent = row.bool(CITIZEN_PRESENT);
        PlanStatus plan = row.code(PLAN_STATUS, Codes.PLAN_STATUS);
        Integer actions = row.integer(ACTIONS_AGREED, 0, SMALLINT_MAX);
        LocalDate nextFollowUpOn = row.date(NEXT_FOLLOW_UP_ON);
        Integer duration = row.integer(DURATION_MINUTES, 1, 600);
        Integer participants = row.integer(PARTICIPANTS, 1, 40);
        checkDates(row, heldOn, nextFollowUpOn);
        LocalDate enrolledOn = references.enrolment(row, CASE_REF, municipality, caseRef);
        if (heldOn != null && enrolledOn != null && heldOn.isBefore(enrolledOn)) {
            row.error(HELD_ON, "import.error.before-enrolment", heldOn.toString(), enrolledOn.toString());
        }
        if (!row.valid()) {
            return null;
        }
        return new MeetingLine(municipality, meetingRef, caseRef, heldOn, type, sectors, citizenPresent, plan, actions,
                nextFollowUpOn, duration, participants);
    }

    private static void checkDates(RowReader row, LocalDate heldOn, LocalDate nextFollowUpOn) {
        if (heldOn == null) {
            return;
        }
        if (heldOn.isAfter(row.today())) {
            row.error(HELD_ON, "import.error.in-the-future", heldOn.toString(), row.today().toString());
        }
        row.inPeriod(HELD_ON, YearMonth.from(heldOn), heldOn.toString());
        if (nextFollowUpOn != null && !nextFollowUpOn.isAfter(heldOn)) {
            row.error(NEXT_FOLLOW_UP_ON, "import.error.follow-up-not-after-meeting", nextFollowUpOn.toString(),
                    heldOn.toString());
        }
    }

    @Override
    public UniqueKey uniqueKey(ImportLine line) {
        return new UniqueKey(MEETING_REF, ((MeetingLine) line).meetingRef());
    }
}
