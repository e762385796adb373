package dk.samspil.survey.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import dk.samspil.survey.AnswerSet;
import dk.samspil.survey.SurveyForm;
import dk.samspil.survey.SurveyOutcome;

/**
 * The questions of one survey form with progress and the send button; used by the invitation
 * page and by the professionals' in-app page alike.
 */
class SurveyPanel extends Div {

    final Div questions = new Div();
    final Span progressText = new Span();
    final ProgressBar progress = new ProgressBar();
    final Paragraph error = new Paragraph();
    final Button send = new Button();
    private final SurveyForm form;

    SurveyPanel(SurveyForm form, Function<AnswerSet, SurveyOutcome> submit, Consumer<SurveyOutcome> done) {
        this.form = form;
        addClassName("survey-panel");
        String target = getTranslation("sector.in-sentence." + form.targetSector().name());
        questions.addClassName("survey-questions");
        int number = 1;
        for (var asked : form.items()) {
            QuestionField field = new QuestionField(asked, number++, target, getLocale());
            field.addValueChangeListener(change -> updateProgress());
            questions.add(field);
        }
        progress.setMin(0);
        progress.setMax(form.items().size());
        progress.getElement().setAttribute("aria-labelledby", "survey-progress-text");
        progressText.setId("survey-progress-text");
        Div progressBox = new Div(progressText, progress);
        progressBox.addClassName("survey-progress");
        error.addClassName("survey-error");
        error.getElement().setAttribute("role", "alert");
        send.setText(getTranslation("survey.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.addClickListener(click -> send(submit, done));
        long firstAboutTarget = form.items().stream().takeWhile(a -> !"RC".equals(a.instrument().code())).count() + 1;
        add(new Paragraph(getTranslation("survey.intro", getTranslation("month." + form.period().getMonthValue()),
                        String.valueOf(form.period().getYear()), target, firstAboutTarget, form.items().size())),
                new Paragraph(getTranslation("survey.privacy")), progressBox, questions, error, send);
        updateProgress();
    }

    private void updateProgress() {
        long answered = fields().stream().filter(QuestionField::answered).count();
        progress.setValue(answered);
        progressText.setText(getTranslation("survey.progress", answered, fields().size()));
    }

    private void send(Function<AnswerSet, SurveyOutcome> submit, Consumer<SurveyOutcome> done) {
        List<QuestionField> fields = fields();
        List<QuestionField> missing = fields.stream().filter(field -> !field.answered()).toList();
        fields.forEach(field -> field.markMissing(missing.contains(field)));
        if (!missing.isEmpty()) {
            error.setText(getTranslation("survey.invalid.missing", missing.size()) + " "
                    + getTranslation("survey.invalid.unanswered"));
            missing.getFirst().focusFirstOption();
            return;
        }
        Map<Long, Optional<Integer>> answers = new LinkedHashMap<>();
        fields.forEach(field -> answers.put(field.itemId(), field.answer()));
        SurveyOutcome outcome = submit.apply(new AnswerSet(form.targetSector(), answers));
        if (outcome instanceof SurveyOutcome.Invalid invalid) {
            error.setText(getTranslation(invalid.messageKey()));
        } else {
            done.accept(outcome);
        }
    }

    List<QuestionField> fields() {
        return questions.getChildren().filter(QuestionField.class::isInstance).map(QuestionField.class::cast).toList();
    }
}
