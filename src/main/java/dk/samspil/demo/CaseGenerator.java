package dk.samspil.demo;

import dk.samspil.municipality.Sector;
import java.sql.Types;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Enrols a municipality's cases, spread over the window: mostly active, a few paused, some
 * ended; coordinated mostly from social services or psychiatry.
 */
final class CaseGenerator {

    private static final List<String> AGE_BANDS = List.of("18-24", "25-34", "35-44", "45-54", "55-64", "65+");
    private static final List<Double> AGE_WEIGHTS = List.of(15.0, 30.0, 25.0, 17.0, 9.0, 2.0);
    private static final List<Sector> COORDINATORS = List.of(
            Sector.SOCIAL_SERVICES, Sector.PSYCHIATRY, Sector.SUBSTANCE_TREATMENT, Sector.JOB_CENTRE);
    private static final List<Double> COORDINATOR_WEIGHTS = List.of(55.0, 30.0, 10.0, 5.0);

    /**
     * @param existingCases cases the municipality already has, so new references continue after them
     */
    List<CaseRow> generate(MunicipalityProfile profile, DemoWindow window, long seed, int existingCases, Ids ids) {
        Municipality municipality = profile.municipality();
        SplittableRandom r = Randoms.of(seed, "enrolment", municipality.code());
        long span = ChronoUnit.DAYS.between(window.firstMonth(), window.today());
        List<LocalDate> enrolments = new ArrayList<>();
        for (int i = 0; i < profile.caseCount(); i++) {
            // a little front-loaded: a programme enrols many of its cases in its first year
            enrolments.add(window.firstMonth().plusDays((long) (span * Math.pow(r.nextDouble(), 1.2))));
        }
        Collections.sort(enrolments);
        List<CaseRow> cases = new ArrayList<>();
        for (int i = 0; i < enrolments.size(); i++) {
            int number = i + 1;
            SplittableRandom caseRandom = Randoms.of(seed, "case", municipality.code(), number);
            cases.add(enrol(profile, number, existingCases + number, enrolments.get(i), window, caseRandom, ids));
        }
        return List.copyOf(cases);
    }

    void write(BatchInserter batch, List<CaseRow> cases) {
        BatchInserter.Table table = batch.table("""
                INSERT INTO citizen_case (id, municipality_code, case_ref, enrolled_on, status, ended_on,
                                          key_coordinator_sector, age_band)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                Types.BIGINT, Types.SMALLINT, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.DATE,
                Types.VARCHAR, Types.VARCHAR);
        for (CaseRow c : cases) {
            table.add(c.id(), c.municipalityCode(), c.caseRef(), BatchInserter.date(c.enrolledOn()), c.status(),
                    BatchInserter.date(c.endedOn()), c.keyCoordinator().name(), c.ageBand());
        }
    }

    private static CaseRow enrol(MunicipalityProfile profile, int number, int refNumber, LocalDate enrolled,
                                 DemoWindow window, SplittableRandom r, Ids ids) {
        LocalDate today = window.today();
        int daysIn = (int) ChronoUnit.DAYS.between(enrolled, today);
        String status = "ACTIVE";
        LocalDate ended = null;
        LocalDate activeUntil = today;
        double roll = r.nextDouble();
        if (daysIn > 150 && roll < 0.2) {
            status = "ENDED";
            ended = enrolled.plusDays(Randoms.between(r, 120, daysIn - 1));
            activeUntil = ended;
        } else if (daysIn > 90 && roll > 0.93) {
            status = "PAUSED";
            activeUntil = enrolled.plusDays(Randoms.between(r, Math.max(60, daysIn - 150), daysIn - 7));
        }
        Sector coordinator = COORDINATORS.get(Randoms.weightedIndex(r, COORDINATOR_WEIGHTS));
        String ageBand = Randoms.chance(r, 0.03) ? null : AGE_BANDS.get(Randoms.weightedIndex(r, AGE_WEIGHTS));
        Municipality municipality = profile.municipality();
        String ref = "%s-%04d".formatted(municipality.casePrefix(), refNumber);
        return new CaseRow(ids.next(Ids.Sequence.CASE), municipality.code(), number, ref, enrolled, status, ended,
                activeUntil, coordinator, ageBand, course(r, profile.effectiveness()));
    }

    private static CaseCourse course(SplittableRandom r, double effectiveness) {
        double admissionRate = 0.25 + 0.5 * r.nextDouble();
        boolean responds = Randoms.chance(r, 0.82);
        double improvement = responds
                ? Math.min(0.8, (0.35 + 0.3 * r.nextDouble()) * effectiveness)
                : 0.08 * r.nextDouble();
        boolean relapses = Randoms.chance(r, 0.12);
        int relapseFrom = relapses ? Randoms.between(r, 5, 14) : 0;
        int relapseMonths = relapses ? Randoms.between(r, 2, 4) : 0;
        double presence = 0.55 + 0.4 * r.nextDouble();
        boolean substanceUse = Randoms.chance(r, 0.8);
        double coherenceBase = 2.0 + 0.4 * Randoms.gaussian(r);
        return new CaseCourse(admissionRate, improvement, relapseFrom, relapseMonths, presence, substanceUse,
                coherenceBase);
    }
}
