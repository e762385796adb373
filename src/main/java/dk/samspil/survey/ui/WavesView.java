package dk.samspil.survey.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.samspil.municipality.Municipalities;
import dk.samspil.security.CurrentUser;
import dk.samspil.survey.AnswerChannels;
import dk.samspil.survey.InvitationMailing;
import dk.samspil.survey.Invitations;
import dk.samspil.survey.SurveyProblem;
import dk.samspil.survey.SurveyResults;
import dk.samspil.survey.SurveyResultsCsv;
import dk.samspil.survey.SurveyWaves;
import dk.samspil.survey.Wave;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * Survey waves: open one, follow its response counts, choose how each sector answers, make
 * invitation links, close it, and download a closed wave's results.
 */
@Route("waves")
@Menu(title = "nav.waves", order = 3)
@RolesAllowed({"DATA_MANAGER", "MUNICIPAL_LEAD"})
class WavesView extends Main implements HasDynamicTitle {

    final Grid<Wave> grid = new Grid<>();
    final WaveForm form;
    final Paragraph message = new Paragraph();
    private final SurveyWaves waves;
    private final SurveyResults results;
    private final Invitations invitations;
    private final InvitationMailing mailing;
    private final AnswerChannels channels;
    private final Municipalities municipalities;
    private final SurveyResultsCsv resultsCsv;
    /** A municipal lead's municipality; null for the data manager, who manages every wave. */
    private final Integer own;

    WavesView(SurveyWaves waves, SurveyResults results, SurveyResultsCsv resultsCsv, Invitations invitations,
              InvitationMailing mailing, AnswerChannels channels, Municipalities municipalities, CurrentUser currentUser) {
        this.channels = channels;
        this.resultsCsv = resultsCsv;
        this.own = currentUser.require().municipalityCode();
        this.waves = waves;
        this.results = results;
        this.invitations = invitations;
        this.mailing = mailing;
        this.municipalities = municipalities;
        addClassName("page");
        form = new WaveForm(municipalities, currentUser.require(), request -> {
            run(() -> waves.open(request.period(), request.kind(), request.municipalities()), "waves.opened");
        });
        message.getElement().setAttribute("role", "status");
        configureGrid();
        add(new H2(getTranslation("waves.title")), form, message, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(this::periodOf)
                .setHeader(getTranslation("waves.period")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(wave -> getTranslation("waves.kind.short." + wave.kind())).setHeader(getTranslation("waves.kind"));
        grid.addColumn(wave -> getTranslation(wave.open() ? "waves.open" : "waves.closed")).setHeader(getTranslation("waves.status"));
        grid.addColumn(this::municipalityNames).setHeader(getTranslation("waves.municipalities")).setFlexGrow(1);
        // the actions take the room left and wrap onto a second line, so "Luk" is never cut off at 1400 px
        grid.addComponentColumn(this::actions).setHeader(getTranslation("waves.actions")).setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("waves.title"));
        grid.setEmptyStateText(getTranslation("waves.empty"));
    }

    private HorizontalLayout actions(Wave wave) {
        Button counts = new Button(getTranslation("waves.counts"),
                click -> new ResponseCountsDialog(wave, results.responseCounts(wave.id()), mailing.mailed(wave.id()), municipalities,
                        results.threshold()).open());
        HorizontalLayout actions = new HorizontalLayout(counts);
        // an open wave has no results to offer (docs/decisions/0011); the service refuses them anyway
        actions.add(wave.open() ? new Span(getTranslation("waves.results-after-closing")) : resultsCsv(wave));
        if (wave.open()) {
            actions.add(new Button(getTranslation("waves.channels"),
                    click -> new ChannelDialog(wave, channels, municipalities, own).open()));
            actions.add(new Button(getTranslation("waves.invitations"),
                    click -> new InvitationDialog(wave, invitations, municipalities, own).open()));
            actions.add(new Button(getTranslation("waves.mail-invitations"),
                    click -> new MailInvitationDialog(wave, mailing, municipalities, own).open()));
        }
        // a lead closes only a wave that is theirs alone; the service refuses the rest anyway
        if (wave.open() && (own == null || wave.municipalities().equals(List.of(own)))) {
            Button close = new Button(getTranslation("waves.close"), click -> confirmClosing(wave));
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(close);
        }
        actions.getChildren().filter(Button.class::isInstance)
                .forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_SMALL));
        actions.setAlignItems(Alignment.CENTER);
        actions.setWrap(true);
        return actions;
    }

    /** Closing cannot be undone: late answers are refused from then on (docs/decisions/0011). */
    private void confirmClosing(Wave wave) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("waves.close.confirm.title", periodOf(wave)));
        confirm.setText(getTranslation("waves.close.confirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("waves.close.confirm.cancel"));
        confirm.setConfirmText(getTranslation("waves.close.confirm.ok"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> run(() -> waves.close(wave.id()), "waves.closed-now"));
        confirm.open();
    }

    private String periodOf(Wave wave) {
        return getTranslation("month." + wave.period().getMonthValue()) + " " + wave.period().getYear();
    }

    /** Names, not a count: "1" said nothing about which municipality a wave is for. */
    private String municipalityNames(Wave wave) {
        if (wave.municipalities().size() == municipalities.all().size()) {
            return getTranslation("waves.municipalities.all", wave.municipalities().size());
        }
        return wave.municipalities().stream()
                .map(code -> municipalities.byCode(code).map(m -> m.name()).orElse(String.valueOf(code)))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private Anchor resultsCsv(Wave wave) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = resultsCsv.municipalityComparison(wave.id(), getLocale(), this::getTranslation)
                    .getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "samspil-" + wave.period() + ".csv",
                    "text/csv;charset=utf-8", csv.length);
        }), getTranslation("waves.results-csv"));
        download.getElement().setAttribute("download", true);
        return download;
    }

    private void run(Runnable action, String successKey) {
        try {
            action.run();
            message.setText(getTranslation(successKey));
            refresh();
        } catch (SurveyProblem problem) {
            message.setText(getTranslation(problem.messageKey()));
        } catch (AccessDeniedException denied) {
            message.setText(getTranslation("error.not-allowed.title"));
        }
    }

    private void refresh() {
        grid.setItems(waves.waves());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("waves.title") + " · Samspil";
    }
}
