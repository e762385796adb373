package dk.samspil.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import dk.samspil.base.ServerTask;
import dk.samspil.base.i18n.UiLanguage;
import dk.samspil.mail.MailContent;
import dk.samspil.mail.Postman;
import dk.samspil.security.CommandLineReader;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The late-file reminder: from the reminder day of a month on ({@code samspil.deliveries.reminder-day}),
 * a municipality whose files of last month are still missing gets one mail to its data contact, in the
 * contact's language. Once per municipality and month (sent_notice), however many instances and
 * restarts; a day after the reminder day still sends one that a stopped server missed.
 */
@Component
@ServerTask
class LateFileReminders {

    private static final Logger log = LoggerFactory.getLogger(LateFileReminders.class);

    private final DeliveryStatus status;
    private final SentNotices notices;
    private final Postman postman;
    private final Clock clock;
    private final int reminderDay;

    LateFileReminders(DeliveryStatus status, SentNotices notices, Postman postman, Clock clock,
                      @Value("${samspil.deliveries.reminder-day:10}") int reminderDay) {
        this.status = status;
        this.notices = notices;
        this.postman = postman;
        this.clock = clock;
        this.reminderDay = reminderDay;
    }

    // at least a minute: instances whose clocks differ by seconds take one cron turn once
    @SchedulerLock(name = "late-file-reminders", lockAtMostFor = "PT30M",
            lockAtLeastFor = "${samspil.deliveries.reminder-lock-at-least-for:PT1M}")
    @Scheduled(cron = "${samspil.deliveries.reminder-cron:0 0 8 * * *}", zone = "Europe/Copenhagen")
    public void scheduled() {
        LocalDate today = LocalDate.now(clock);
        if (today.getDayOfMonth() >= reminderDay) {
            int sent = remind(YearMonth.from(today).minusMonths(1));
            if (sent > 0) {
                log.info("{} late-file reminder(s) sent", sent);
            }
        }
    }

    /** Reminds every municipality with a contact whose files of {@code month} are missing; how many were sent. */
    int remind(YearMonth month) {
        // the delivery records are read as the steering group reads them: metadata, no row of a file
        List<MunicipalityDeliveries> rows = CommandLineReader.asSteeringGroup(() -> status.rows(month));
        int sent = 0;
        for (MunicipalityDeliveries row : rows) {
            if (row.missing().isEmpty() || row.contact().isEmpty()) {
                continue;
            }
            DeliveryContact contact = row.contact().get();
            if (notices.once(SentNotices.Kind.LATE_FILE_REMINDER, String.valueOf(row.municipality().code()), month,
                    () -> {
                        UiLanguage language = UiLanguage.of(contact.language());
                        NoticeText text = new NoticeText(language);
                        postman.sendToAddress(contact.email(), language, content(row, text), text.text(
                                "reminder.reason", row.municipality().name()));
                        return 1;
                    })) {
                sent++;
            }
        }
        return sent;
    }

    private MailContent content(MunicipalityDeliveries row, NoticeText text) {
        String month = text.month(row.month());
        List<String> kinds = row.missing().stream().map(kind -> "• " + text.text("kind." + kind)).toList();
        List<String> paragraphs = new java.util.ArrayList<>();
        paragraphs.add(text.text("reminder.intro", row.municipality().name(), month));
        paragraphs.addAll(kinds);
        paragraphs.add(text.text("reminder.how"));
        return new MailContent(text.text("reminder.subject", month, row.municipality().name()),
                text.text("reminder.heading", month), paragraphs, List.of());
    }
}
