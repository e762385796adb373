package dk.samspil.survey;

/**
 * Something a user asked of the survey side that cannot be done, with the message key that says
 * why in plain words (e.g. {@code survey.problem.wave-open-already}).
 */
public class SurveyProblem extends RuntimeException {

    private final String messageKey;

    public SurveyProblem(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
