package dk.samspil.dashboard;

import static dk.samspil.dashboard.Indicator.Direction.HIGHER_IS_BETTER;
import static dk.samspil.dashboard.Indicator.Direction.LOWER_IS_BETTER;
import static dk.samspil.dashboard.Indicator.Direction.NEUTRAL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.samspil.dashboard.Indicator.Direction;
import dk.samspil.dashboard.Indicator.Text;

/**
 * Every indicator's name, definition, unit, numerator and denominator, direction and source, the one
 * place that says them (issue 12): pages, tiles, the heatmap and the CSVs take their names and their
 * "what is this?" text from here, so two pages cannot define one figure two ways. The figures
 * themselves are computed by the services; what "active" means is decided once in
 * {@link MonthlyFigures} and written here (decision 0024).
 */
public final class IndicatorCatalogue {

    private static final Text CASES = new Text("Kommunernes forløbsfil (cases)", "The municipalities' cases file");
    private static final Text MEETINGS_FILE = new Text("Kommunernes mødefil (meetings)", "The municipalities' meetings file");
    private static final Text OUTCOMES = new Text("Kommunernes resultatfil (outcomes), én række pr. forløb og måned",
            "The municipalities' outcomes file, one row per case and month");
    private static final Text SURVEY = new Text("Pulsmålingen blandt fagpersonerne, afsluttede målinger",
            "The professionals' pulse survey, closed waves");
    private static final Text PER_CASE_MONTH = new Text("pr. forløbsmåned", "per case-month");
    private static final Text CASE_MONTHS = new Text("forløbsmåneder med tal i resultatfilen",
            "case-months with figures in the outcomes file");
    private static final Text PERCENT = new Text("procent", "per cent");
    private static final Text COUNT = new Text("antal", "count");

    private static final Map<String, Indicator> ALL = new LinkedHashMap<>();

    static {
        add("ACTIVE_CASES", "Aktive forløb", "Active cases", "Aktive forløb", "Active cases",
                "Forløb, der er åbne – aktive eller på pause – ved månedens udgang: indskrevet senest månedens sidste dag "
                        + "og ikke afsluttet den dag eller før. Samme tal på Overblik, Kommuner og Netværksmøder.",
                "Cases open – active or paused – at the end of the month: enrolled by its last day and not ended on or "
                        + "before it. The same figure on the Overview, Municipalities and Network meetings.",
                COUNT, "åbne forløb ved månedens udgang", "cases open at the end of the month", null, null, NEUTRAL, CASES);
        add("MEETINGS", "Netværksmøder pr. måned", "Network meetings per month", "Netværksmøder", "Network meetings",
                "Netværksmøder holdt i måneden, uanset mødetype.", "Network meetings held in the month, of any type.",
                COUNT, "møder holdt i måneden", "meetings held in the month", null, null, HIGHER_IS_BETTER, MEETINGS_FILE);
        add("CURRENT_PLAN", "Forløb med en gældende handleplan", "Cases with a current action plan",
                "Forløb med aktuel handleplan", "Cases with a current action plan",
                "Andelen af de aktive forløb, der har en handleplan aftalt senest månedens sidste dag og ikke forbi sin "
                        + "revisionsdato ved månedens start.",
                "The share of active cases with an action plan agreed by the month's last day and not past its review "
                        + "date at the month's start.",
                PERCENT, "aktive forløb med gældende handleplan", "active cases with a current plan",
                "aktive forløb", "active cases", HIGHER_IS_BETTER, CASES);
        add("DAYS_TO_FIRST_MEETING", "Dage fra indskrivning til første møde", "Days from enrolment to first meeting",
                "Dage til første møde", "Days to first meeting",
                "For månedens nye forløb: medianen af dagene fra indskrivning til det første netværksmøde, "
                        + "beregnet med Kaplan–Meier, så forløb, der stadig venter, tæller med som ventet mindst så længe "
                        + "(censureret i dag). Venter mere end halvdelen stadig, er medianen ikke nået endnu.",
                "For the month's new cases: the median of the days from enrolment to the first network meeting by "
                        + "Kaplan–Meier, so that cases still waiting count as having waited at least so long (censored "
                        + "today). While more than half still wait, the median is not reached yet.",
                new Text("dage", "days"), "dage fra indskrivning til første møde", "days from enrolment to first meeting",
                "månedens nye forløb", "the month's new cases", LOWER_IS_BETTER, MEETINGS_FILE);
        add("SECTORS_PRESENT", "Sektorer til stede pr. møde", "Sectors present per meeting",
                "Sektorer pr. møde", "Sectors per meeting",
                "Det gennemsnitlige antal sektorer (psykiatri, kommune, praksislæge …) til stede ved månedens møder.",
                "The mean number of sectors (psychiatry, municipality, GP …) present at the month's meetings.",
                new Text("sektorer pr. møde", "sectors per meeting"), "sektorer til stede, summeret over møderne",
                "sectors present, summed over the meetings", "møder", "meetings", HIGHER_IS_BETTER, MEETINGS_FILE);
        add("CITIZEN_PRESENT", "Borger til stede", "Citizen present", "Borger til stede", "Citizen present",
                "Andelen af månedens netværksmøder, hvor borgeren selv var med.",
                "The share of the month's network meetings the citizen attended.",
                PERCENT, "møder med borgeren til stede", "meetings with the citizen present", "møder", "meetings",
                HIGHER_IS_BETTER, MEETINGS_FILE);
        add("FOLLOW_UPS_KEPT", "Opfølgning holdt til tiden", "Follow-ups kept on time", "Opfølgning til tiden",
                "Follow-ups on time",
                "Af de opfølgninger, der var aftalt til måneden, andelen hvor forløbet havde et nyt møde senest den aftalte dag.",
                "Of the follow-ups agreed for the month, the share where the case met again no later than the agreed day.",
                PERCENT, "opfølgninger holdt", "follow-ups kept", "opfølgninger aftalt til måneden",
                "follow-ups agreed for the month", HIGHER_IS_BETTER, MEETINGS_FILE);
        add("PARTICIPANTS", "Deltagere pr. møde", "People per meeting", "Deltagere pr. møde", "People per meeting",
                "Det gennemsnitlige antal deltagere ved månedens møder, borgeren medregnet, hvor antallet er oplyst.",
                "The mean number of people at the month's meetings, the citizen included, where the number is reported.",
                new Text("deltagere pr. møde", "people per meeting"), "deltagere", "participants",
                "møder med oplyst antal", "meetings with the number reported", NEUTRAL, MEETINGS_FILE);
        add("ADMISSIONS", "Psykiatriske indlæggelser pr. forløbsmåned", "Psychiatric admissions per case-month",
                "Psykiatriske indlæggelser", "Psychiatric admissions",
                "Psykiatriske indlæggelser i måneden delt med forløbsmånederne: 0,05 er én indlæggelse pr. 20 forløbsmåneder.",
                "Psychiatric admissions in the month divided by the case-months: 0.05 is one admission per 20 case-months.",
                PER_CASE_MONTH, "psykiatriske indlæggelser", "psychiatric admissions", CASE_MONTHS, LOWER_IS_BETTER, OUTCOMES);
        add("BED_DAYS", "Sengedage pr. forløbsmåned", "Bed days per case-month", "Sengedage", "Bed days",
                "Dage indlagt på psykiatrisk afdeling i måneden delt med forløbsmånederne.",
                "Days in a psychiatric ward in the month divided by the case-months.",
                PER_CASE_MONTH, "sengedage", "bed days", CASE_MONTHS, LOWER_IS_BETTER, OUTCOMES);
        add("READMISSIONS", "Akutte genindlæggelser inden 30 dage pr. forløbsmåned",
                "Acute readmissions within 30 days per case-month", "Akutte genindlæggelser", "Acute readmissions",
                "Akutte genindlæggelser inden for 30 dage efter en udskrivning, delt med forløbsmånederne.",
                "Acute readmissions within 30 days of a discharge, divided by the case-months.",
                PER_CASE_MONTH, "akutte genindlæggelser inden 30 dage", "acute readmissions within 30 days", CASE_MONTHS,
                LOWER_IS_BETTER, OUTCOMES);
        add("EMERGENCY_CONTACTS", "Akutte kontakter pr. forløbsmåned", "Emergency contacts per case-month",
                "Akutte kontakter", "Emergency contacts",
                "Akutte kontakter (skadestue, akutpsykiatri, vagtlæge) delt med de forløbsmåneder, der har tallet oplyst.",
                "Emergency contacts (emergency room, acute psychiatry, out-of-hours doctor) divided by the case-months "
                        + "that report the figure.",
                PER_CASE_MONTH, "akutte kontakter", "emergency contacts",
                new Text("forløbsmåneder med akutte kontakter oplyst", "case-months with emergency contacts reported"),
                LOWER_IS_BETTER, OUTCOMES);
        add("STABLE_HOUSING", "Andel i stabil bolig", "Share in stable housing", "Stabil bolig", "Stable housing",
                "Andelen af de forløbsmåneder med boligsituation oplyst, hvor borgeren boede stabilt.",
                "The share of the case-months with housing reported in which the citizen lived in stable housing.",
                PERCENT, "forløbsmåneder i stabil bolig", "case-months in stable housing",
                new Text("forløbsmåneder med bolig oplyst", "case-months with housing reported"), HIGHER_IS_BETTER, OUTCOMES);
        add("IN_WORK_OR_EDUCATION", "Andel i arbejde, uddannelse eller aktivering",
                "Share in work, education or activation", "Arbejde eller uddannelse", "Work or education",
                "Andelen af de forløbsmåneder med beskæftigelse oplyst, hvor borgeren var i arbejde, fleksjob, uddannelse "
                        + "eller aktivering.",
                "The share of the case-months with employment reported in which the citizen was in work, a flex job, "
                        + "education or activation.",
                PERCENT, "forløbsmåneder i arbejde, uddannelse eller aktivering",
                "case-months in work, education or activation",
                new Text("forløbsmåneder med beskæftigelse oplyst", "case-months with employment reported"),
                HIGHER_IS_BETTER, OUTCOMES);
        add("COHERENCE", "Borgeroplevet sammenhæng (1–5)", "Citizen-experienced coherence (1–5)",
                "Borgeroplevet sammenhæng", "Citizen-experienced coherence",
                "Borgerens egen vurdering af, om indsatsen hænger sammen, på en skala fra 1 til 5; gennemsnit af de "
                        + "oplyste måneder.",
                "The citizen's own rating of how coherent the help is, on a scale of 1 to 5; the mean of the months "
                        + "reported.",
                new Text("gennemsnit på skalaen 1–5", "mean on the 1–5 scale"), "summen af vurderingerne", "the ratings summed",
                new Text("forløbsmåneder med vurdering", "case-months with a rating"), HIGHER_IS_BETTER, OUTCOMES);
        add("COERCIVE_MEASURES", "Tvangsforanstaltninger pr. forløbsmåned", "Coercive measures per case-month",
                "Tvangsforanstaltninger", "Coercive measures",
                "Tvangsforanstaltninger i psykiatrien (bæltefiksering, tvangsmedicinering, tvangsindlæggelse …) i "
                        + "måneden, delt med de forløbsmåneder, der har tallet oplyst. Mindre tvang er et af programmets fire mål.",
                "Coercive measures in psychiatry (mechanical restraint, forced medication, involuntary admission …) in "
                        + "the month, divided by the case-months that report the figure. Less coercion is one of the "
                        + "programme's four aims.",
                PER_CASE_MONTH, "tvangsforanstaltninger", "coercive measures",
                new Text("forløbsmåneder med tvang oplyst", "case-months with coercion reported"), LOWER_IS_BETTER, OUTCOMES);
        add("PSYCHOLOGICAL_SAFETY", "Psykologisk tryghed (1–7)", "Psychological safety (1–7)", "Psykologisk tryghed",
                "Psychological safety",
                "Fagpersonernes svar om, hvorvidt man trygt kan sige fra, spørge og indrømme fejl i netværket; gennemsnit "
                        + "på skalaen 1–7 i en afsluttet måling, kun for grupper med mindst 5 svar.",
                "The professionals' answers on whether it is safe to speak up, ask and admit mistakes in the network; "
                        + "the mean on the 1–7 scale in a closed wave, only for groups with at least 5 answers.",
                new Text("gennemsnit på skalaen 1–7", "mean on the 1–7 scale"), "summen af svarene", "the answers summed",
                new Text("besvarelser", "responses"), HIGHER_IS_BETTER, SURVEY);
        add("ROLE_CLARITY", "Rolleklarhed (1–7)", "Role clarity (1–7)", "Rolleklarhed", "Role clarity",
                "Fagpersonernes svar om, hvor klart det er, hvem der gør hvad i netværket; gennemsnit på skalaen 1–7 i en "
                        + "afsluttet måling, kun for grupper med mindst 5 svar.",
                "The professionals' answers on how clear it is who does what in the network; the mean on the 1–7 scale "
                        + "in a closed wave, only for groups with at least 5 answers.",
                new Text("gennemsnit på skalaen 1–7", "mean on the 1–7 scale"), "summen af svarene", "the answers summed",
                new Text("besvarelser", "responses"), HIGHER_IS_BETTER, SURVEY);
        add("RELATIONAL_COORDINATION", "Relationel koordinering (1–5)", "Relational coordination (1–5)",
                "Relationel koordinering", "Relational coordination",
                "Relationel koordinering (Gittell): kommunikation og relationer mellem faggrupperne; gennemsnit på "
                        + "skalaen 1–5 i en afsluttet måling, kun for grupper med mindst 5 svar.",
                "Relational coordination (Gittell): communication and relationships between the professions; the mean "
                        + "on the 1–5 scale in a closed wave, only for groups with at least 5 answers.",
                new Text("gennemsnit på skalaen 1–5", "mean on the 1–5 scale"), "summen af svarene", "the answers summed",
                new Text("besvarelser", "responses"), HIGHER_IS_BETTER, SURVEY);
    }

    private IndicatorCatalogue() {
    }

    private static void add(String key, String nameDa, String nameEn, String shortDa, String shortEn, String definitionDa,
                            String definitionEn, Text unit, String numeratorDa, String numeratorEn, Text denominator,
                            Direction direction, Text source) {
        ALL.put(key, new Indicator(key, new Text(nameDa, nameEn), new Text(shortDa, shortEn),
                new Text(definitionDa, definitionEn), unit, new Text(numeratorDa, numeratorEn),
                denominator == null ? Text.NONE : denominator, direction, source));
    }

    private static void add(String key, String nameDa, String nameEn, String shortDa, String shortEn, String definitionDa,
                            String definitionEn, Text unit, String numeratorDa, String numeratorEn, String denominatorDa,
                            String denominatorEn, Direction direction, Text source) {
        add(key, nameDa, nameEn, shortDa, shortEn, definitionDa, definitionEn, unit, numeratorDa, numeratorEn,
                denominatorDa == null ? null : new Text(denominatorDa, denominatorEn), direction, source);
    }

    /** The indicator with this key (an outcome, tile or survey construct's name). */
    public static Indicator get(String key) {
        Indicator indicator = ALL.get(key);
        if (indicator == null) {
            throw new IllegalArgumentException("no indicator " + key + " in the catalogue");
        }
        return indicator;
    }

    public static Indicator of(OutcomeIndicator indicator) {
        return get(indicator.name());
    }

    public static Indicator of(TileIndicator indicator) {
        return get(indicator.name());
    }

    public static List<Indicator> all() {
        return List.copyOf(ALL.values());
    }
}
