package dk.samspil.survey.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samspil.survey.SurveyAnswering;
import dk.samspil.survey.SurveyOutcome;
import jakarta.annotation.security.RolesAllowed;

/** A signed-in professional answers their municipality's open wave, once, inside the app. */
@Route("pulse")
@Menu(title = "nav.pulse", order = 0)
@RolesAllowed("PROFESSIONAL")
class PulseView extends Main implements HasDynamicTitle {

    private final SurveyAnswering answering;

    PulseView(SurveyAnswering answering) {
        this.answering = answering;
        addClassNames("page", "survey");
        show(answering.openForSignedInProfessional());
    }

    private void show(SurveyOutcome outcome) {
        removeAll();
        add(new H2(getTranslation("survey.title")), SurveyView.outcomeComponent(outcome,
                form -> new SurveyPanel(form, answers -> answering.submitAsSignedInProfessional(form.waveId(), answers), this::show)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.title") + " · Samspil";
    }
}
