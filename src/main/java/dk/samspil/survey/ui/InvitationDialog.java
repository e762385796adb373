package dk.samspil.survey.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.samspil.municipality.Municipalities;
import dk.samspil.municipality.Municipality;
import dk.samspil.municipality.Sector;
import dk.samspil.survey.Invitations;
import dk.samspil.survey.SurveyProblem;
import dk.samspil.survey.Wave;
import org.springframework.security.access.AccessDeniedException;

/**
 * Makes one-time links for a municipality and sector of a wave, shown once for copying and as a
 * CSV for mail-merge. Samspil keeps no e-mail addresses and cannot show these links again.
 */
class InvitationDialog extends Dialog {

    final Select<Municipality> municipality = new Select<>();
    final Select<Sector> sector = new Select<>();
    final IntegerField count = new IntegerField();
    final TextArea links = new TextArea();
    final Paragraph message = new Paragraph();
    private final VerticalLayout body = new VerticalLayout();

    /** @param own a municipal lead's municipality (the only one offered), or null for the data manager */
    InvitationDialog(Wave wave, Invitations invitations, Municipalities municipalities, Integer own) {
        setHeaderTitle(getTranslation("invitations.title"));
        municipality.setLabel(getTranslation("waves.municipalities"));
        municipality.setItems(wave.municipalities().stream().filter(code -> own == null || code.equals(own))
                .flatMap(code -> municipalities.byCode(code).stream()).toList());
        if (own != null) {
            municipality.getListDataView().getItems().findFirst().ifPresent(municipality::setValue);
        }
        municipality.setItemLabelGenerator(Municipality::name);
        sector.setLabel(getTranslation("invitations.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        count.setLabel(getTranslation("invitations.count"));
        count.setMin(1);
        count.setMax(500);
        count.setValue(10);
        count.setStepButtonsVisible(true);
        links.setLabel(getTranslation("invitations.links"));
        links.setReadOnly(true);
        links.setWidthFull();
        links.setVisible(false);
        message.getElement().setAttribute("role", "status");
        Button make = new Button(getTranslation("invitations.make"), click -> make(wave, invitations));
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        body.add(new Paragraph(getTranslation("invitations.channel")), municipality, sector, count, make, message, links);
        add(body);
        getFooter().add(new Button(getTranslation("common.close"), click -> close()));
    }

    private void make(Wave wave, Invitations invitations) {
        if (municipality.isEmpty() || sector.isEmpty() || count.getValue() == null) {
            message.setText(getTranslation("invitations.choose"));
            return;
        }
        try {
            List<String> tokens = invitations.create(wave.id(), municipality.getValue().code(), sector.getValue(), count.getValue());
            String base = baseUrl();
            List<String> urls = tokens.stream().map(token -> base + "/survey/" + token).toList();
            links.setValue(String.join("\n", urls));
            links.setVisible(true);
            message.setText(getTranslation("invitations.made", tokens.size()));
            body.add(csv(invitations, wave.id(), municipality.getValue().code(), urls));
        } catch (SurveyProblem problem) {
            message.setText(getTranslation(problem.messageKey()));
        } catch (AccessDeniedException denied) {
            message.setText(getTranslation("error.not-allowed.title"));
        }
    }

    /** The links as CSV for mail-merge; each download is recorded by the service. */
    private Anchor csv(Invitations invitations, long waveId, int municipalityCode, List<String> urls) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = invitations.csv(waveId, municipalityCode, urls).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "invitations.csv", "text/csv;charset=utf-8",
                    bytes.length);
        }), getTranslation("invitations.csv"));
        download.getElement().setAttribute("download", true);
        return download;
    }

    private static String baseUrl() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return "";
        }
        String scheme = request.getHeader("X-Forwarded-Proto") != null ? request.getHeader("X-Forwarded-Proto") : "http";
        String host = request.getHeader("Host");
        return host == null ? "" : scheme + "://" + host + request.getContextPath();
    }
}
