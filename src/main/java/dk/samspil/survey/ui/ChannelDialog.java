package dk.samspil.survey.ui;

import java.util.EnumMap;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import dk.samspil.municipality.Municipalities;
import dk.samspil.municipality.Municipality;
import dk.samspil.municipality.Sector;
import dk.samspil.survey.AnswerChannel;
import dk.samspil.survey.AnswerChannels;
import dk.samspil.survey.ChannelChoice;
import dk.samspil.survey.SurveyProblem;
import dk.samspil.survey.Wave;
import org.springframework.security.access.AccessDeniedException;

/**
 * Chooses, per sector of a municipality, whether it answers an open wave through invitation links
 * or inside Samspil. A choice that answers have already come through is shown fixed.
 */
class ChannelDialog extends Dialog {

    final Select<Municipality> municipality = new Select<>();
    final Map<Sector, RadioButtonGroup<AnswerChannel>> sectors = new EnumMap<>(Sector.class);
    final Paragraph message = new Paragraph();
    private final Wave wave;
    private final AnswerChannels channels;

    /** @param own a municipal lead's municipality (the only one offered), or null for the data manager */
    ChannelDialog(Wave wave, AnswerChannels channels, Municipalities municipalities, Integer own) {
        this.wave = wave;
        this.channels = channels;
        setHeaderTitle(getTranslation("channels.title"));
        municipality.setLabel(getTranslation("waves.municipalities"));
        municipality.setItems(wave.municipalities().stream().filter(code -> own == null || code.equals(own))
                .flatMap(code -> municipalities.byCode(code).stream()).toList());
        municipality.setItemLabelGenerator(Municipality::name);
        municipality.addValueChangeListener(change -> show());
        Div choices = new Div();
        for (Sector sector : Sector.values()) {
            RadioButtonGroup<AnswerChannel> group = new RadioButtonGroup<>(getTranslation(sector.translationKey()));
            group.setItems(AnswerChannel.values());
            group.setItemLabelGenerator(channel -> getTranslation("channels." + channel.name()));
            group.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    choose(sector, change.getValue(), change.getOldValue());
                }
            });
            sectors.put(sector, group);
            choices.add(group);
        }
        message.getElement().setAttribute("role", "status");
        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("channels.intro")), municipality, message,
                choices);
        body.setPadding(false);
        add(body);
        getFooter().add(new Button(getTranslation("common.close"), click -> close()));
        municipality.getListDataView().getItems().findFirst().ifPresent(municipality::setValue);
    }

    private void show() {
        sectors.values().forEach(group -> group.setEnabled(!municipality.isEmpty()));
        if (municipality.isEmpty()) {
            return;
        }
        Map<Sector, ChannelChoice> chosen = channels.of(wave.id(), municipality.getValue().code());
        sectors.forEach((sector, group) -> {
            ChannelChoice choice = chosen.get(sector);
            group.setValue(choice == null ? null : choice.channel());
            group.setReadOnly(choice != null && choice.answered());
            group.setHelperText(getTranslation(choice == null ? "channels.none"
                    : choice.answered() ? "channels.answered" : "channels." + choice.channel().name()));
        });
    }

    private void choose(Sector sector, AnswerChannel channel, AnswerChannel before) {
        try {
            channels.choose(wave.id(), municipality.getValue().code(), sector, channel);
            message.setText(getTranslation("channels.saved", getTranslation(sector.translationKey()),
                    getTranslation("channels." + channel.name())));
            show();
        } catch (SurveyProblem problem) {
            message.setText(getTranslation(problem.messageKey()));
            sectors.get(sector).setValue(before);
        } catch (AccessDeniedException denied) {
            message.setText(getTranslation("error.not-allowed.title"));
            sectors.get(sector).setValue(before);
        }
    }
}
