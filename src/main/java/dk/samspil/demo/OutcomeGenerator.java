package dk.samspil.demo;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One row per case and month, from six months before enrolment (as far as the window reaches) to
 * the last complete month, and not past the month the case ended. Admissions follow a Poisson
 * rate that the programme lowers once it has taken hold; housing and employment drift slowly
 * towards stability and experienced coherence rises: the shape Sammen om Psykiatri reported
 * (admission days 78.1 to 52.8), with noise and a few relapses.
 */
final class OutcomeGenerator {

    private static final List<String> HOUSING = List.of("HOMELESS", "UNSTABLE", "STABLE");
    private static final List<String> EMPLOYMENT = List.of("NONE", "ACTIVATION", "EDUCATION", "FLEX", "EMPLOYED");
    private static final int MONTHS_BEFORE_ENROLMENT = 6;
    private static final double MONTHS_TO_TAKE_HOLD = 6.0;

    List<OutcomeRow> generate(List<CaseRow> cases, DemoWindow window, long seed) {
        List<OutcomeRow> rows = new ArrayList<>();
        for (CaseRow c : cases) {
            rows.addAll(course(c, window, Randoms.of(seed, "outcomes", c.municipalityCode(), c.number())));
        }
        return List.copyOf(rows);
    }

    void write(BatchInserter batch, List<OutcomeRow> rows) {
        BatchInserter.Table table = batch.table("""
                INSERT INTO monthly_outcome (case_id, period, psychiatric_admissions, bed_days,
                                             acute_readmissions_30d, emergency_contacts, housing, employment,
                                             coherence_score, coercive_measures)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Types.BIGINT, Types.DATE, Types.SMALLINT, Types.TINYINT, Types.SMALLINT, Types.SMALLINT,
                Types.VARCHAR, Types.VARCHAR, Types.DECIMAL, Types.SMALLINT);
        for (OutcomeRow o : rows) {
            table.add(o.caseId(), BatchInserter.date(o.period()), o.admissions(), o.bedDays(), o.readmissions(),
                    o.emergencyContacts(), o.housing(), o.employment(), o.coherenceScore(), o.coerciveMeasures());
        }
    }

    private static List<OutcomeRow> course(CaseRow c, DemoWindow window, SplittableRandom r) {
        LocalDate enrolMonth = c.enrolledOn().withDayOfMonth(1);
        LocalDate from = later(window.firstMonth(), enrolMonth.minusMonths(MONTHS_BEFORE_ENROLMENT));
        LocalDate to = c.endedOn() == null
                ? window.lastCompleteMonth()
                : earlier(window.lastCompleteMonth(), c.endedOn().withDayOfMonth(1));
        CaseCourse course = c.course();
        int housing = Randoms.weightedIndex(r, 15, 45, 40);
        int employment = Randoms.weightedIndex(r, 80, 15, 2, 3, 0);
        int previousAdmissions = 0;
        List<OutcomeRow> rows = new ArrayList<>();
        for (LocalDate month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            int k = (int) ChronoUnit.MONTHS.between(enrolMonth, month);
            double hold = k <= 0 ? 0 : Math.min(1, k / MONTHS_TO_TAKE_HOLD);
            boolean relapse = course.inRelapse(k);
            double gain = relapse ? 0 : course.improvement() * hold;
            double rate = course.admissionRate() * (relapse ? 1.3 : 1 - gain);
            int admissions = Randoms.poisson(r, rate);
            int bedDays = bedDays(admissions, previousAdmissions, gain, month.lengthOfMonth(), r);
            int readmissions = 0;
            for (int i = 0; i < admissions; i++) {
                readmissions += Randoms.chance(r, 0.45 - 0.25 * gain) ? 1 : 0;
            }
            Integer emergency = Randoms.chance(r, 0.05) ? null : Randoms.poisson(r, rate * 2.2);
            Integer coercion = Randoms.chance(r, 0.1) ? null : Randoms.poisson(r, rate * 0.35);
            housing = nextHousing(housing, k, relapse, course, r);
            employment = nextEmployment(employment, k, r);
            BigDecimal coherence = coherence(course, k, gain, relapse, r);
            String housingCode = Randoms.chance(r, 0.03) ? null : HOUSING.get(housing);
            String employmentCode = Randoms.chance(r, 0.05) ? null : EMPLOYMENT.get(employment);
            rows.add(new OutcomeRow(c.id(), month, admissions, bedDays, readmissions, emergency, housingCode,
                    employmentCode, coherence, coercion));
            previousAdmissions = admissions;
        }
        return rows;
    }

    private static int bedDays(int admissions, int previousAdmissions, double gain, int daysInMonth,
                               SplittableRandom r) {
        int days = 0;
        for (int i = 0; i < admissions; i++) {
            days += 3 + Randoms.poisson(r, 10 * (1 - 0.4 * gain));
        }
        // a stay that began last month goes on into this one
        if (previousAdmissions > 0 && Randoms.chance(r, 0.35)) {
            days += Randoms.between(r, 1, 10);
        }
        return Math.min(daysInMonth, days);
    }

    private static int nextHousing(int state, int k, boolean relapse, CaseCourse course, SplittableRandom r) {
        // before enrolment things drift downwards, which is why the case was enrolled
        double up = k > 0 ? 0.03 + 0.1 * course.improvement() : 0.02;
        double down = relapse ? 0.15 : k > 0 ? 0.015 : 0.04;
        double roll = r.nextDouble();
        if (roll < up && state < HOUSING.size() - 1) {
            return state + 1;
        }
        if (roll > 1 - down && state > 0) {
            return state - 1;
        }
        return state;
    }

    private static int nextEmployment(int state, int k, SplittableRandom r) {
        double roll = r.nextDouble();
        if (k <= 0) {
            return state;
        }
        return switch (state) {
            case 0 -> roll < 0.025 ? 1 : 0;
            case 1 -> roll < 0.02 ? 2 : roll < 0.04 ? 3 : roll < 0.05 ? 4 : roll > 0.97 ? 0 : 1;
            default -> roll > 0.98 ? 1 : state;
        };
    }

    private static BigDecimal coherence(CaseCourse course, int k, double gain, boolean relapse, SplittableRandom r) {
        double noise = 0.35 * Randoms.gaussian(r);
        // before enrolment nobody asked the citizen regularly: many of those months are missing
        if (k < 0 && Randoms.chance(r, 0.5)) {
            return null;
        }
        double value = course.coherenceBase() + 2.2 * gain + noise - (relapse ? 0.6 : 0);
        return BigDecimal.valueOf(Math.round(Math.clamp(value, 1.0, 5.0) * 10), 1);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
