package dk.samspil.survey;

import java.util.Optional;

/** Whether an answer set fits its form: every item answered, on its scale, "not relevant" only where allowed. */
final class AnswerCheck {

    private AnswerCheck() {
    }

    static Optional<String> problem(SurveyForm form, AnswerSet answers) {
        if (answers.targetSector() != form.targetSector()) {
            return Optional.of("survey.invalid.changed");
        }
        if (!answers.answers().keySet().equals(form.items().stream().map(a -> a.item().id())
                .collect(java.util.stream.Collectors.toSet()))) {
            return Optional.of("survey.invalid.unanswered");
        }
        for (PulseComposer.AskedItem asked : form.items()) {
            Optional<Integer> score = answers.answers().get(asked.item().id());
            if (score == null) {
                return Optional.of("survey.invalid.unanswered");
            }
            if (score.isEmpty() && !asked.instrument().allowsNotRelevant()) {
                return Optional.of("survey.invalid.unanswered");
            }
            if (score.isPresent() && !asked.instrument().onScale(score.get())) {
                return Optional.of("survey.invalid.scale");
            }
        }
        return Optional.empty();
    }
}
