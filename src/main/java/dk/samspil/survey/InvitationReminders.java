package dk.samspil.survey;

import java.time.Clock;
import java.time.LocalDate;

import dk.samspil.base.ServerTask;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the survey reminders due today, every morning ({@code samspil.survey.reminder-cron}; off in the
 * tests, which call {@link InvitationMailing#sendDueReminders} themselves), on one instance at a time.
 */
@Component
@ServerTask
class InvitationReminders {

    private final InvitationMailing mailing;
    private final Clock clock;

    InvitationReminders(InvitationMailing mailing, Clock clock) {
        this.mailing = mailing;
        this.clock = clock;
    }

    // a day's reminders for every open wave: a few thousand mails at most
    @Scheduled(cron = "${samspil.survey.reminder-cron:0 0 8 * * *}", zone = "Europe/Copenhagen")
    @SchedulerLock(name = "survey-reminders", lockAtMostFor = "PT2H")
    void sendDue() {
        mailing.sendDueReminders(LocalDate.now(clock));
    }
}
