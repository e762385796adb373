package dk.samspil.survey.ui;

import java.text.NumberFormat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import dk.samspil.survey.Construct;
import dk.samspil.survey.GroupScore;
import dk.samspil.survey.SurveyOutcome;

/** Thank you, and how the municipality answered last wave where the group was large enough to show. */
class SurveyThanks extends Div {

    SurveyThanks(SurveyOutcome.Stored stored) {
        addClassName("survey-thanks");
        add(new H2(getTranslation("survey.thanks.title")), new Paragraph(getTranslation("survey.thanks.text")));
        if (stored.lastWave().isEmpty()) {
            return;
        }
        NumberFormat decimal = NumberFormat.getNumberInstance(getLocale());
        decimal.setMaximumFractionDigits(1);
        decimal.setMinimumFractionDigits(1);
        UnorderedList list = new UnorderedList();
        for (Construct construct : Construct.values()) {
            GroupScore score = stored.lastWave().get(construct);
            if (score == null) {
                continue;
            }
            String value = score.suppressed() ? getTranslation("survey.too-few")
                    : getTranslation("survey.thanks.score", decimal.format(score.mean()), score.n());
            list.add(new ListItem(getTranslation("construct." + construct) + ": " + value));
        }
        add(new Paragraph(getTranslation("survey.thanks.last-wave")), list);
    }
}
