package dk.samspil.survey.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import dk.samspil.municipality.Municipalities;
import dk.samspil.municipality.Municipality;
import dk.samspil.survey.InvitationMailing.MailedCount;
import dk.samspil.survey.ResponseCount;
import dk.samspil.survey.Wave;

/**
 * How many have answered, by municipality and sector, and the response rate; small counts only as
 * "fewer than 5", beside how many were invited by mail. All an open wave shows.
 */
class ResponseCountsDialog extends Dialog {

    final Grid<ResponseCount> grid = new Grid<>();

    ResponseCountsDialog(Wave wave, List<ResponseCount> counts, List<MailedCount> mailed, Municipalities municipalities,
                         int threshold) {
        setHeaderTitle(getTranslation("counts.title"));
        if (wave.open()) {
            add(new Paragraph(getTranslation("counts.open-wave")));
        }
        setWidth("min(40rem, 95vw)");
        grid.addColumn(count -> municipalities.byCode(count.municipalityCode()).map(Municipality::name).orElse(""))
                .setHeader(getTranslation("waves.municipalities"));
        grid.addColumn(count -> getTranslation("sector." + count.sectorCode())).setHeader(getTranslation("invitations.sector"));
        grid.addColumn(count -> count.belowThreshold() ? "< " + threshold : String.valueOf(count.n()))
                .setHeader(getTranslation("counts.answers"));
        // who was invited by mail is a count of the sender's own list, not of answers: shown as it is
        grid.addColumn(count -> mailed.stream().filter(m -> m.municipalityCode() == count.municipalityCode()
                        && m.sectorCode().equals(count.sectorCode())).findFirst().map(m -> String.valueOf(m.mailed())).orElse("–"))
                .setHeader(getTranslation("counts.mailed"));
        grid.addColumn(count -> count.ratePercent() == null ? "–" : count.ratePercent() + " %")
                .setHeader(getTranslation("counts.rate"));
        grid.setItems(counts);
        grid.setEmptyStateText(getTranslation("counts.empty"));
        grid.setAllRowsVisible(true);
        add(grid);
        getFooter().add(new Button(getTranslation("common.close"), click -> close()));
    }
}
