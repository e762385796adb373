package dk.samspil.survey;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A wave's {@link PublishedCuts}, suppressed once: read from the score cells of a filled wave and
 * kept until the cells are filled again (a trend reads a dozen waves for every page), otherwise
 * (a closed wave in the moment before it is filled) scored live from the answers. Only a closed
 * wave has published cuts: while a wave is open nothing derived from its answers leaves the
 * module, or a reader could subtract one download from the next to find the one person who
 * answered in between (docs/decisions/0011).
 */
@Component
class WaveCuts {

    /** Two years of monthly waves, what the longest trend reads; about 1 MB a wave on the national set. */
    private static final int KEPT_WAVES = 26;

    private final ScoreCells cells;
    private final AnswerScoring scoring;
    private final AnonymityRule rule;
    private final Map<Long, Kept> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Kept> eldest) {
            return size() > KEPT_WAVES;
        }
    };

    private record Kept(LocalDateTime filledAt, PublishedCuts cuts) {
    }

    WaveCuts(ScoreCells cells, AnswerScoring scoring, @Value("${samspil.survey.minimum-group-size:5}") int minimumGroupSize) {
        this.cells = cells;
        this.scoring = scoring;
        this.rule = new AnonymityRule(minimumGroupSize);
    }

    AnonymityRule rule() {
        return rule;
    }

    /** @throws SurveyProblem {@code survey.problem.results-while-open} for an open or unknown wave */
    PublishedCuts of(long waveId) {
        if (!cells.closed(waveId)) {
            throw new SurveyProblem("survey.problem.results-while-open");
        }
        Optional<LocalDateTime> filledAt = cells.filledAt(waveId);
        if (filledAt.isEmpty()) {
            return PublishedCuts.of(ScoreCell.of(scoring.scored(waveId, null)), rule);
        }
        synchronized (kept) {
            Kept known = kept.get(waveId);
            if (known != null && known.filledAt().equals(filledAt.get())) {
                return known.cuts();
            }
        }
        PublishedCuts cuts = PublishedCuts.of(cells.cells(waveId), rule);
        synchronized (kept) {
            kept.put(waveId, new Kept(filledAt.get(), cuts));
        }
        return cuts;
    }

    /** Refilled cells may carry the same second as before: forget the wave once they are committed (or rolled back). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void on(ScoreCells.Filled filled) {
        synchronized (kept) {
            kept.remove(filled.waveId());
        }
    }
}
