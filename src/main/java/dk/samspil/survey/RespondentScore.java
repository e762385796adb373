package dk.samspil.survey;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One respondent's score on one instrument: the mean of the answered
 * items after reversing; empty when they answered fewer than half of the items they were asked.
 */
public final class RespondentScore {

    private RespondentScore() {
    }

    /**
     * @param answers the respondent's answers to the items of {@code instrument} they were asked;
     *                a null answer is "not relevant"
     */
    public static OptionalDouble of(Instrument instrument, List<Answer> answers) {
        double sum = 0;
        int answered = 0;
        for (Answer answer : answers) {
            if (answer.score() != null) {
                sum += instrument.scored(answer.item(), answer.score());
                answered++;
            }
        }
        if (answered == 0 || answered * 2 < answers.size()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(sum / answered);
    }

    /** An answer to an item; {@code score} null means "not relevant". */
    public record Answer(Item item, Integer score) {
    }
}
