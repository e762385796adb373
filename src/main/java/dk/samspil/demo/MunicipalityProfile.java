package dk.samspil.demo;

import dk.samspil.municipality.Sector;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The character of one municipality's part of the programme, drawn once from the seed: how many
 * cases it enrols, which sectors it struggles to bring to the table, how big its meetings are,
 * how well it keeps follow-ups, how many professionals answer the pulse, and how its
 * collaboration culture develops. Municipalities must differ, or the comparison pages have
 * nothing to show.
 *
 * @param followUpKept       share of follow-up meetings held when agreed
 * @param cultureBase        latent collaboration culture at the start (standard-normal units)
 * @param cultureGain        how much it improves in the long run
 * @param effectiveness      multiplies how much a case's admissions fall after enrolment
 */
record MunicipalityProfile(Municipality municipality, int caseCount, Set<Sector> weakSectors,
                           int meetingSizeBias, double followUpKept, double respondentsPerWave,
                           boolean fewRespondents, double cultureBase, double cultureGain,
                           double assessmentStart, double assessmentPace, double effectiveness) {

    /** Fanø and Ærø: small island municipalities with few citizens in the programme. */
    private static final Set<Integer> SMALL_ISLANDS = Set.of(563, 492);
    /** Fanø, Ærø and Langeland have so few professionals that a wave stays below the anonymity threshold of 5. */
    private static final Set<Integer> FEW_PROFESSIONALS = Set.of(563, 492, 482);
    /**
     * Odense, the region's largest municipality by far, has several times the professionals of the
     * others in the programme, so its pooled half-year reaches the anonymity threshold for most ties
     * of the relational-coordination network (docs/decisions/0028), while one wave does not.
     */
    private static final Set<Integer> LARGE = Set.of(461);
    private static final double LARGE_STAFF = 3.5;
    private static final List<Sector> OFTEN_WEAK = List.of(
            Sector.JOB_CENTRE, Sector.SUBSTANCE_TREATMENT, Sector.NGO, Sector.PSYCHIATRY);

    static MunicipalityProfile of(Municipality municipality, DemoScale scale) {
        SplittableRandom r = Randoms.of(scale.seed(), "municipality", municipality.code());
        int code = municipality.code();
        int meanCases = scale.meanCasesPerMunicipality();
        int cases = SMALL_ISLANDS.contains(code)
                ? Math.max(1, meanCases / 2) + Randoms.between(r, 0, 1)
                : Math.max(1, meanCases + Randoms.between(r, -3, 3));
        EnumSet<Sector> weak = EnumSet.noneOf(Sector.class);
        if (Randoms.chance(r, 0.5)) {
            weak.add(OFTEN_WEAK.get(Randoms.weightedIndex(r, 4, 3, 2, 1)));
        }
        if (Randoms.chance(r, 0.15)) {
            weak.add(OFTEN_WEAK.get(Randoms.weightedIndex(r, 4, 3, 2, 1)));
        }
        int sizeBias = Randoms.chance(r, 0.25) ? Randoms.between(r, 2, 4) : 0;
        double followUpKept = 0.65 + 0.3 * r.nextDouble();
        double draw = 0.5 + 1.6 * r.nextDouble();
        double respondents = scale.meanRespondentsPerWave() * (LARGE.contains(code) ? LARGE_STAFF : draw);
        double cultureBase = -0.3 + 0.5 * Randoms.gaussian(r);
        double cultureGain = 0.3 + 0.9 * r.nextDouble();
        double assessmentStart = 1.4 + 1.2 * r.nextDouble();
        double assessmentPace = 0.12 + 0.22 * r.nextDouble();
        // the programme's theory: better collaboration, more coherent courses
        double effectiveness = Math.clamp(1.0 + 0.3 * cultureBase + 0.1 * Randoms.gaussian(r), 0.6, 1.4);
        return new MunicipalityProfile(municipality, cases, Collections.unmodifiableSet(weak), sizeBias,
                followUpKept, respondents, FEW_PROFESSIONALS.contains(code), cultureBase, cultureGain,
                assessmentStart, assessmentPace, effectiveness);
    }

    /** The latent culture after {@code monthIndex} months: it improves slowly and levels off. */
    double culture(int monthIndex) {
        return cultureBase + cultureGain * (1 - Math.exp(-Math.max(0, monthIndex) / 24.0));
    }
}
