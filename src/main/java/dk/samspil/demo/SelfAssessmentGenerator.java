package dk.samspil.demo;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The VIVE core-element self-assessment: each municipality scores E1..E6 once per complete quarter
 * of the window, slowly improving, now and then a step back, and a few quarters never delivered.
 */
final class SelfAssessmentGenerator {

    private static final List<String> ELEMENTS = List.of("E1", "E2", "E3", "E4", "E5", "E6");
    /**
     * Where collaborations usually start: bringing the actors together (E1) comes easiest, delegated
     * decision authority and short decision chains (E3) hardest.
     */
    private static final List<Double> ELEMENT_OFFSETS = List.of(0.4, 0.2, -0.5, 0.0, -0.2, -0.1);
    /** Short notes of the kind a collaboration writes; never anything about a person. */
    private static final List<String> NOTES = List.of(
            "Jobcentret deltager nu fast i netværksmøderne.",
            "Vi mangler stadig en fast kontakt i almen praksis.",
            "Fælles introduktion for nye medarbejdere er gennemført.",
            "Beslutningskompetencen er aftalt mellem lederne i kommune og psykiatri.",
            "Ny fælles skabelon for den koordinerende indsatsplan.",
            "Ventetid på misbrugsbehandling gør opfølgningen svær.",
            "Temadag om roller og samarbejde holdt i kvartalet.",
            "Udskiftning i personalet har gjort det svært at holde møderne.");
    private static final double MISSING_QUARTER = 0.08;

    List<AssessmentRow> generate(MunicipalityProfile profile, DemoWindow window, long seed) {
        int code = profile.municipality().code();
        SplittableRandom r = Randoms.of(seed, "self-assessment", code);
        List<Double> levels = new ArrayList<>();
        for (double offset : ELEMENT_OFFSETS) {
            levels.add(profile.assessmentStart() + offset + 0.3 * Randoms.gaussian(r));
        }
        List<AssessmentRow> rows = new ArrayList<>();
        LocalDate firstOfMonth = window.firstMonth();
        LocalDate quarter = firstOfMonth.withMonth((firstOfMonth.getMonthValue() - 1) / 3 * 3 + 1);
        // a quarter is assessed once it is over
        for (; quarter.plusMonths(3).isBefore(window.today().plusDays(1)); quarter = quarter.plusMonths(3)) {
            boolean missing = Randoms.chance(r, MISSING_QUARTER);
            for (int e = 0; e < ELEMENTS.size(); e++) {
                double setback = Randoms.chance(r, 0.05) ? 0.6 : 0;
                double step = profile.assessmentPace() * (0.4 + 1.2 * r.nextDouble()) - setback;
                levels.set(e, levels.get(e) + step);
                if (missing) {
                    continue;
                }
                String note = Randoms.chance(r, 0.12) ? NOTES.get(r.nextInt(NOTES.size())) : null;
                int score = Math.clamp(Math.round(levels.get(e)), 1, 5);
                rows.add(new AssessmentRow(code, quarter.getYear(), (quarter.getMonthValue() - 1) / 3 + 1,
                        ELEMENTS.get(e), score, note));
            }
        }
        return List.copyOf(rows);
    }

    void write(BatchInserter batch, List<AssessmentRow> rows) {
        BatchInserter.Table table = batch.table("""
                INSERT INTO core_element_assessment (municipality_code, year, quarter, element, score, note)
                VALUES (?, ?, ?, ?, ?, ?)""",
                Types.SMALLINT, Types.SMALLINT, Types.TINYINT, Types.VARCHAR, Types.TINYINT, Types.VARCHAR);
        for (AssessmentRow row : rows) {
            table.add(row.municipalityCode(), row.year(), row.quarter(), row.element(), row.score(), row.note());
        }
    }
}
