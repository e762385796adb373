package dk.samspil.survey;

import java.util.Map;

/** What happened when someone opened or submitted a survey. */
public sealed interface SurveyOutcome {

    /** The survey can be answered. */
    record Ready(SurveyForm form) implements SurveyOutcome {
    }

    /**
     * The answers are stored. {@code lastWave} is how the municipality answered in the previous
     * wave, per construct, already through the anonymity rule (empty when there was none).
     */
    record Stored(int municipalityCode, Map<Construct, GroupScore> lastWave) implements SurveyOutcome {
    }

    /** Nothing can be answered here (unknown, used or expired link, closed wave, answered already). */
    record Refused(String messageKey) implements SurveyOutcome {
    }

    /** The answers are not complete or not on the scale; nothing was stored. */
    record Invalid(String messageKey) implements SurveyOutcome {
    }
}
