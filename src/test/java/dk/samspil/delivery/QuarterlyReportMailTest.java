package dk.samspil.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;

import dk.samspil.report.Quarter;
import dk.samspil.support.MailCatcher;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The quarterly report's link reaches the steering group once its quarter is complete, and only once. */
@SpringBootTest
class QuarterlyReportMailTest {

    private static final String STEERING = "steering@quarterly.example";

    @Autowired
    QuarterlyReportMail mail;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void asTheDemoLeftIt() {
        jdbc.sql("UPDATE app_user SET email = NULL WHERE username = 'styregruppe'").update();
    }

    @Test
    void a_complete_quarter_is_mailed_as_a_link_once() throws Exception {
        jdbc.sql("UPDATE app_user SET email = ? WHERE username = 'styregruppe'").param(STEERING).update();
        Quarter last = QuarterlyReportMail.lastQuarter(YearMonth.now(ZoneId.of("Europe/Copenhagen")));
        // the demo's missing files are all of the newest month, after the last quarter
        assertThat(mail.complete(last)).isTrue();

        mail.scheduled();
        // past the schedule's lock: sent_notice keeps it to one
        assertThat(mail.send(last)).as("sent already").isZero();

        assertThat(MailCatcher.mailsTo(STEERING)).hasSize(1);
        MimeMessage sent = MailCatcher.mailsTo(STEERING).getFirst();
        assertThat(sent.getSubject()).isEqualTo("Samspil: kvartalsrapporten " + last);
        assertThat(DigestsTest.text(sent)).contains("/report?quarter=" + last + "&lang=da");
        assertThat(sent.getContentType()).as("a link, no attachment").startsWith("multipart/alternative");
    }
}
