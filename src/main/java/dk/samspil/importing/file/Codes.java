package dk.samspil.importing.file;

import java.util.Map;

import dk.samspil.casework.CaseStatus;

/** The code tables of the contract's enumerations, with the Danish synonyms it names. */
final class Codes {

    static final CodeTable<CaseStatus> CASE_STATUS = CodeTable.of(CaseStatus.class, status -> switch (status) {
        case ACTIVE -> "aktiv";
        case PAUSED -> "pause";
        case ENDED -> "afsluttet";
    });

    static final CodeTable<MeetingType> MEETING_TYPE = CodeTable.of(MeetingType.class, type -> switch (type) {
        case INITIAL -> "opstart";
        case FOLLOW_UP -> "opfoelgning";
        case CRISIS -> "krise";
    });

    static final CodeTable<PlanStatus> PLAN_STATUS = CodeTable.of(PlanStatus.class, plan -> switch (plan) {
        case NEW -> "ny";
        case REVISED -> "revideret";
        case UNCHANGED -> "uaendret";
        case NONE -> "ingen";
    });

    static final CodeTable<Housing> HOUSING = CodeTable.of(Housing.class, housing -> switch (housing) {
        case STABLE -> "stabil";
        case UNSTABLE -> "ustabil";
        case HOMELESS -> "hjemloes";
    });

    /** The contract names no Danish employment codes. */
    static final CodeTable<Employment> EMPLOYMENT = CodeTable.of(Employment.class, employment -> null);

    /** Age bands, folded spelling to the one stored; never an exact age. */
    static final Map<String, String> AGE_BANDS = Map.of("18_24", "18-24", "25_34", "25-34", "35_44", "35-44",
            "45_54", "45-54", "55_64", "55-64", "65+", "65+");

    static final String AGE_BANDS_ALLOWED = "18-24, 25-34, 35-44, 45-54, 55-64, 65+";

    private Codes() {
    }
}
