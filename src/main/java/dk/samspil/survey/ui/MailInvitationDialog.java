package dk.samspil.survey.ui;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import dk.samspil.base.i18n.UiLanguage;
import dk.samspil.municipality.Municipalities;
import dk.samspil.municipality.Municipality;
import dk.samspil.municipality.Sector;
import dk.samspil.survey.AddressList;
import dk.samspil.survey.AddressProblem;
import dk.samspil.survey.InvitationMailing;
import dk.samspil.survey.MailingStatus;
import dk.samspil.survey.SurveyProblem;
import dk.samspil.survey.Wave;
import com.vaadin.flow.shared.Registration;
import org.springframework.security.access.AccessDeniedException;

/**
 * Invitations by mail: the addresses of a municipality's sector, pasted or uploaded (one a line), and
 * up to two reminder days. Samspil mails each its one-time link in the background while this says
 * "sendes…", then the counts; a wrong list is refused whole with the line it is about. Counts only:
 * never who has answered or who is reminded.
 */
class MailInvitationDialog extends Dialog {

    private static final int POLL_MILLIS = 1000;

    final Select<Municipality> municipality = new Select<>();
    final Select<Sector> sector = new Select<>();
    final RadioButtonGroup<UiLanguage> language = new RadioButtonGroup<>();
    final TextArea addresses = new TextArea();
    final Upload upload = new Upload();
    final DatePicker firstReminder = new DatePicker();
    final DatePicker secondReminder = new DatePicker();
    final Button send = new Button();
    final Paragraph message = new Paragraph();
    final Paragraph status = new Paragraph();
    private final Wave wave;
    private final InvitationMailing mailing;
    private Registration polling;

    /** @param own a municipal lead's municipality (the only one offered), or null for the data manager */
    MailInvitationDialog(Wave wave, InvitationMailing mailing, Municipalities municipalities, Integer own) {
        this.wave = wave;
        this.mailing = mailing;
        setHeaderTitle(getTranslation("mail-invitations.title"));
        setWidth("min(44rem, 95vw)");
        municipality.setLabel(getTranslation("waves.municipalities"));
        municipality.setItems(wave.municipalities().stream().filter(code -> own == null || code.equals(own))
                .flatMap(code -> municipalities.byCode(code).stream()).toList());
        municipality.setItemLabelGenerator(Municipality::name);
        municipality.getListDataView().getItems().findFirst().ifPresent(municipality::setValue);
        sector.setLabel(getTranslation("invitations.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        List.of(municipality, sector).forEach(select -> select.addValueChangeListener(change -> showStatus()));
        language.setLabel(getTranslation("mail-invitations.language"));
        language.setItems(UiLanguage.values());
        language.setItemLabelGenerator(choice -> choice == UiLanguage.DANISH ? "Dansk" : "English");
        language.setValue(UiLanguage.DANISH);
        addresses.setLabel(getTranslation("mail-invitations.addresses"));
        addresses.setHelperText(getTranslation("mail-invitations.addresses.help", AddressList.MOST));
        addresses.setWidthFull();
        addresses.setMinRows(4);
        addresses.setMaxRows(10);
        configureUpload();
        firstReminder.setLabel(getTranslation("mail-invitations.reminder.first"));
        secondReminder.setLabel(getTranslation("mail-invitations.reminder.second"));
        Stream.of(firstReminder, secondReminder).forEach(day -> {
            day.setMin(LocalDate.now().plusDays(1));
            day.setLocale(getLocale());
        });
        send.setText(getTranslation("mail-invitations.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> send());
        message.addClassName("mail-invitations-message");
        message.getElement().setAttribute("role", "alert");
        status.addClassName("mail-invitations-status");
        status.getElement().setAttribute("role", "status");
        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("mail-invitations.intro")), municipality,
                sector, language, addresses, upload, firstReminder, secondReminder, send, message, status);
        body.setPadding(false);
        add(body);
        getFooter().add(new Button(getTranslation("common.close"), click -> close()));
        addAttachListener(attach -> showStatus());
        addDetachListener(detach -> stopPolling());
    }

    private void startPolling() {
        getUI().ifPresent(ui -> {
            if (polling == null) {
                polling = ui.addPollListener(poll -> showStatus());
            }
            ui.setPollInterval(POLL_MILLIS);
        });
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    private void configureUpload() {
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = getUI().orElseThrow();
            ui.access(() -> addresses.setValue(new String(bytes, StandardCharsets.UTF_8)));
        }));
        upload.setAcceptedFileTypes(".txt", ".csv", "text/plain", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(64 * 1024);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("mail-invitations.upload")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("mail-invitations.upload.drop")))
                .setError(new UploadI18N.Error()
                        .setIncorrectFileType(getTranslation("mail-invitations.upload.type"))
                        .setFileIsTooBig(getTranslation("mail-invitations.upload.too-big"))
                        .setTooManyFiles(getTranslation("imports.upload.one-file"))));
    }

    private void send() {
        message.setText("");
        try {
            // a wrong list is said first: it is what the sender has to correct, whatever the sector
            AddressList.parse(addresses.getValue());
        } catch (AddressProblem problem) {
            message.setText(getTranslation(problem.messageKey(), problem.line(), AddressList.MOST));
            return;
        }
        if (municipality.isEmpty() || sector.isEmpty()) {
            message.setText(getTranslation("invitations.choose-group"));
            return;
        }
        List<LocalDate> reminders = new ArrayList<>();
        Stream.of(firstReminder, secondReminder).filter(day -> !day.isEmpty()).forEach(day -> reminders.add(day.getValue()));
        try {
            mailing.upload(wave.id(), municipality.getValue().code(), sector.getValue(), addresses.getValue(),
                    language.getValue(), reminders.stream().distinct().toList());
            addresses.clear();
            showStatus();
        } catch (AddressProblem problem) {
            message.setText(getTranslation(problem.messageKey(), problem.line(), AddressList.MOST));
        } catch (SurveyProblem problem) {
            message.setText(getTranslation(problem.messageKey()));
        } catch (AccessDeniedException denied) {
            message.setText(getTranslation("error.not-allowed.title"));
        }
    }

    /** Counts of the chosen sector's mailing; asked again each poll while the list is being sent. */
    void showStatus() {
        if (municipality.isEmpty() || sector.isEmpty()) {
            status.setText("");
            return;
        }
        MailingStatus now = mailing.status(wave.id(), municipality.getValue().code(), sector.getValue());
        if (now.sending()) {
            startPolling();
            status.setText(getTranslation("mail-invitations.sending"));
            return;
        }
        stopPolling();
        if (now.equals(MailingStatus.NONE)) {
            status.setText(getTranslation("mail-invitations.none"));
            return;
        }
        String reminders = now.reminders().stream().map(this::reminder).collect(Collectors.joining(" "));
        status.setText((getTranslation("mail-invitations.sent", now.sent())
                + (now.failed() > 0 ? " " + getTranslation("mail-invitations.failed", now.failed()) : "")
                + " " + reminders).strip());
    }

    private String reminder(MailingStatus.Reminder reminder) {
        String day = reminder.on().format(java.time.format.DateTimeFormatter.ofLocalizedDate(
                java.time.format.FormatStyle.MEDIUM).withLocale(getLocale()));
        if (!reminder.done()) {
            return getTranslation("mail-invitations.reminder.planned", day);
        }
        return reminder.reminded() == null ? getTranslation("mail-invitations.reminder.done", day)
                : getTranslation("mail-invitations.reminder.done-count", day, reminder.reminded());
    }
}
