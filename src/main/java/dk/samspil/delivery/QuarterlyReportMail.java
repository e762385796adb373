package dk.samspil.delivery;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import dk.samspil.base.ServerTask;
import dk.samspil.mail.MailContent;
import dk.samspil.mail.MailKind;
import dk.samspil.mail.MailLayout;
import dk.samspil.mail.MailLink;
import dk.samspil.mail.Postman;
import dk.samspil.report.Quarter;
import dk.samspil.security.CommandLineReader;
import dk.samspil.security.Role;
import dk.samspil.security.UserAccounts;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The quarterly report to the steering group, once (sent_notice) when the last quarter's data is
 * complete — every municipality's expected files of its three months delivered. A link to the report
 * in Samspil, not the PDF attached (docs/decisions/0026): the reader signs in, the download is audited
 * as every other, and no copy lies in mailboxes.
 */
@Component
@ServerTask
class QuarterlyReportMail {

    private static final Logger log = LoggerFactory.getLogger(QuarterlyReportMail.class);

    private final DeliveryStatus deliveries;
    private final UserAccounts users;
    private final Postman postman;
    private final SentNotices notices;
    private final MailLayout layout;
    private final Clock clock;

    QuarterlyReportMail(DeliveryStatus deliveries, UserAccounts users, Postman postman, SentNotices notices,
                        MailLayout layout, Clock clock) {
        this.deliveries = deliveries;
        this.users = users;
        this.postman = postman;
        this.notices = notices;
        this.layout = layout;
        this.clock = clock;
    }

    @SchedulerLock(name = "quarterly-report-mail", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    @Scheduled(cron = "${samspil.report.mail-cron:0 30 8 * * *}", zone = "Europe/Copenhagen")
    public void scheduled() {
        Quarter last = lastQuarter(YearMonth.now(clock));
        if (complete(last)) {
            int sent = send(last);
            if (sent > 0) {
                log.info("The quarterly report {} was mailed to {} member(s) of the steering group", last, sent);
            }
        }
    }

    static Quarter lastQuarter(YearMonth thisMonth) {
        YearMonth before = thisMonth.minusMonths(3);
        return new Quarter(before.getYear(), (before.getMonthValue() - 1) / 3 + 1);
    }

    /** Every expected file of the quarter's months is delivered. */
    boolean complete(Quarter quarter) {
        return CommandLineReader.asSteeringGroup(() -> quarter.months().stream()
                .allMatch(month -> deliveries.rows(month).stream().allMatch(row -> row.missing().isEmpty())));
    }

    /** Mails the quarter's report link to the steering group unless sent before; how many went. */
    int send(Quarter quarter) {
        int[] sent = {0};
        notices.once(SentNotices.Kind.QUARTERLY_REPORT, SentNotices.PROGRAMME, quarter.firstMonth(), () -> {
            for (long userId : users.enabledIds(Role.STEERING, null)) {
                if (postman.sendToUser(userId, MailKind.QUARTERLY_REPORT, words -> {
                    NoticeText text = new NoticeText(words.language());
                    String url = layout.link("/report?quarter=" + quarter + "&lang=" + words.language().tag());
                    return new MailContent(text.text("report.subject", quarter.toString()),
                            text.text("report.subject", quarter.toString()),
                            List.of(text.text("report.intro", quarter.toString())),
                            List.of(new MailLink(text.text("report.link", quarter.toString()), url)));
                })) {
                    sent[0]++;
                }
            }
            return sent[0];
        });
        return sent[0];
    }
}
