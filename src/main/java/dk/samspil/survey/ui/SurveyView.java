package dk.samspil.survey.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.samspil.base.i18n.LanguageSwitch;
import dk.samspil.survey.AnswerSet;
import dk.samspil.survey.SurveyAnswering;
import dk.samspil.survey.SurveyForm;
import dk.samspil.survey.SurveyOutcome;

/**
 * The pulse survey behind an invitation link, for a phone first: one screen, no sign-in, one
 * labelled scale per item, progress, and plain words about what is stored.
 */
@Route(value = "survey", autoLayout = false)
@AnonymousAllowed
class SurveyView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    final Div questions = new Div();
    final Span progressText = new Span();
    final ProgressBar progress = new ProgressBar();
    final Paragraph error = new Paragraph();
    final Button send = new Button();
    private final SurveyAnswering answering;
    private String token;
    private SurveyForm form;

    SurveyView(SurveyAnswering answering) {
        this.answering = answering;
        addClassName("survey");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        show(answering.open(token));
    }

    private void show(SurveyOutcome outcome) {
        removeAll();
        add(header());
        switch (outcome) {
            case SurveyOutcome.Ready ready -> showForm(ready.form());
            case SurveyOutcome.Stored stored -> add(new SurveyThanks(stored));
            case SurveyOutcome.Refused refused -> add(message(refused.messageKey()));
            case SurveyOutcome.Invalid invalid -> showError(invalid.messageKey());
        }
    }

    private Header header() {
        Header header = new Header(new LanguageSwitch(), new H1(getTranslation("survey.title")));
        header.addClassName("survey-header");
        return header;
    }

    private void showForm(SurveyForm form) {
        this.form = form;
        String target = getTranslation("sector.in-sentence." + form.targetSector().name());
        questions.removeAll();
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
        send.addClickListener(click -> submit());
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

    private void submit() {
        List<QuestionField> fields = fields();
        Optional<QuestionField> missing = fields.stream().filter(field -> !field.answered()).findFirst();
        if (missing.isPresent()) {
            error.setText(getTranslation("survey.invalid.unanswered"));
            missing.get().getElement().callJsFunction("focus");
            return;
        }
        Map<Long, Optional<Integer>> answers = new LinkedHashMap<>();
        fields.forEach(field -> answers.put(field.itemId(), field.answer()));
        SurveyOutcome outcome = answering.submit(token, new AnswerSet(form.targetSector(), answers));
        if (outcome instanceof SurveyOutcome.Invalid invalid) {
            error.setText(getTranslation(invalid.messageKey()));
        } else {
            show(outcome);
        }
    }

    private void showError(String key) {
        error.setText(getTranslation(key));
    }

    private List<QuestionField> fields() {
        return questions.getChildren().filter(QuestionField.class::isInstance).map(QuestionField.class::cast).toList();
    }

    private Div message(String key) {
        Div box = new Div(new H2(getTranslation(key + ".title")), new Paragraph(getTranslation(key + ".text")));
        box.addClassName("survey-message");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.title") + " · Samspil";
    }
}
