package dk.samspil.survey.ui;

import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.samspil.base.i18n.LanguageSwitch;
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

    private final SurveyAnswering answering;

    SurveyView(SurveyAnswering answering) {
        this.answering = answering;
        addClassName("survey");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        show(answering.open(token), token);
    }

    private void show(SurveyOutcome outcome, String token) {
        removeAll();
        Header header = new Header(new LanguageSwitch(), new H1(getTranslation("survey.title")));
        header.addClassName("survey-header");
        add(header);
        add(outcomeComponent(outcome, form -> new SurveyPanel(form, answers -> answering.submit(token, answers),
                done -> show(done, token))));
    }

    /** What to show for an outcome; shared with the in-app page. */
    static Component outcomeComponent(SurveyOutcome outcome, Function<SurveyForm, SurveyPanel> panel) {
        return switch (outcome) {
            case SurveyOutcome.Ready ready -> panel.apply(ready.form());
            case SurveyOutcome.Stored stored -> new SurveyThanks(stored);
            case SurveyOutcome.Refused refused -> message(refused.messageKey());
            case SurveyOutcome.Invalid invalid -> message("survey.refused.unknown");
        };
    }

    private static Div message(String key) {
        Div box = new Div();
        box.add(new H2(box.getTranslation(key + ".title")), new Paragraph(box.getTranslation(key + ".text")));
        box.addClassName("survey-message");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.title") + " · Samspil";
    }
}
