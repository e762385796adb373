package dk.samspil.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates a believable programme: cases, network meetings, action plans, monthly outcomes,
 * pulse-survey waves and answers, VIVE self-assessments and import history.
 *
 * <p>Deterministic: the same scale (and so the same seed) and the same {@code today} give the same
 * rows on the same starting database. Nothing is read from the clock, and every random choice is
 * keyed by stable things such as municipality codes and months, never by iteration order.
 *
 * <p>Each municipality's casework and each survey wave is written in a transaction of its own, so
 * a failure leaves no half-written municipality or wave behind, and the undo log stays small.
 */
@Service
public class DemoDataGenerator {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public DemoDataGenerator(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Writes {@code scale}'s programme as it would stand on {@code today}: its months end with the
     * month of {@code today}, nothing lies after it, and only months that are over have imports.
     * Adds synthetic municipalities when the scale needs more than the database holds.
     *
     * @return what was written, and how long it took
     */
    public DemoSummary generate(DemoScale scale, LocalDate today) {
        long started = System.nanoTime();
        DemoWindow window = DemoWindow.of(today, scale.months());
        Ids ids = Ids.fromDatabase(jdbc);
        List<Municipality> roster = Objects.requireNonNull(
                transaction.execute(status -> new MunicipalityRoster(jdbc).ensure(scale.municipalities())));
        List<MunicipalityProfile> programme = roster.stream().map(m -> MunicipalityProfile.of(m, scale)).toList();

        CaseworkStep casework = new CaseworkStep(jdbc);
        CaseworkStep.Counts work = CaseworkStep.Counts.NONE;
        for (MunicipalityProfile profile : programme) {
            work = work.plus(Objects.requireNonNull(
                    transaction.execute(status -> casework.run(profile, window, scale.seed(), ids))));
        }

        SurveyItems items = SurveyItems.load(jdbc);
        SurveyGenerator survey = new SurveyGenerator(jdbc);
        SurveyGenerator.Counts answers = SurveyGenerator.Counts.NONE;
        for (LocalDate period : window.months()) {
            answers = answers.plus(Objects.requireNonNull(transaction.execute(status ->
                    survey.write(period, programme, items, window, scale.seed(), ids))));
        }

        return new DemoSummary(programme.size(), work.cases(), work.meetings(), work.actionPlans(),
                work.outcomeMonths(), answers.waves(), answers.responses(), answers.answers(),
                work.selfAssessments(), Duration.ofNanos(System.nanoTime() - started));
    }
}
