package dk.samspil.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import dk.samspil.casework.CaseCounts;
import dk.samspil.importing.Deliveries;
import dk.samspil.importing.ImportService;
import dk.samspil.mail.MailKind;
import dk.samspil.mail.MailPreferences;
import dk.samspil.support.MailCatcher;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The digests after a real import run, through a real SMTP server (GreenMail): each lead gets their own
 * municipality's counts and no other's, the steering group the programme's, and a lead who turned the
 * digest off gets none. The digests are on in this context only, with a quiet period of two seconds.
 */
@SpringBootTest(properties = {"samspil.digests.enabled=true", "samspil.digests.quiet-for=PT2S"})
class DigestsTest {

    private static final String ODENSE = "odense.lead@digest.example";
    private static final String AEROE = "aeroe.lead@digest.example";
    private static final String FANOE = "fanoe.lead@digest.example";
    private static final String STEERING = "steering@digest.example";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportService imports;
    @Autowired
    Deliveries deliveries;
    @Autowired
    DeliveryStatus status;
    @Autowired
    MailPreferences preferences;
    @Autowired
    CaseCounts cases;

    @BeforeEach
    void leadsWithAddresses() {
        jdbc.sql("UPDATE app_user SET email = ? WHERE username = 'leder.odense'").param(ODENSE).update();
        jdbc.sql("UPDATE app_user SET email = ? WHERE username = 'leder.fanoe'").param(FANOE).update();
        jdbc.sql("UPDATE app_user SET email = ? WHERE username = 'styregruppe'").param(STEERING).update();
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, password_hash, role, municipality_code, enabled, email)
                VALUES ('leder.aeroe.digest', 'Kommunal leder, Ærø (test)', '{noop}-', 'MUNICIPAL_LEAD', 492, TRUE, ?)""")
                .param(AEROE).update();
        preferences.set(userId("leder.fanoe"), MailKind.MUNICIPALITY_DIGEST, false);
    }

    @AfterEach
    void asTheDemoLeftThem() {
        jdbc.sql("UPDATE app_user SET email = NULL WHERE username IN ('leder.odense', 'leder.fanoe', 'styregruppe')")
                .update();
        preferences.set(userId("leder.fanoe"), MailKind.MUNICIPALITY_DIGEST, true);
        jdbc.sql("DELETE FROM user_mail_preference WHERE user_id = ?").param(userId("leder.aeroe.digest")).update();
        jdbc.sql("DELETE FROM user_mail_language WHERE user_id = ?").param(userId("leder.aeroe.digest")).update();
        jdbc.sql("DELETE FROM app_user WHERE username = 'leder.aeroe.digest'").update();
    }

    @Test
    @WithUserDetails("data")
    void after_a_run_each_lead_gets_their_own_municipality_and_the_unsubscribed_lead_none() throws Exception {
        YearMonth month = status.months().stream().filter(m -> !deliveries.files(m, m).isEmpty()).findFirst()
                .orElseThrow();
        // two files of one run, with the rows the demo holds already (so no figure changes): the hospital's
        // outcomes of the newest month for Odense and Fanø, and Ærø's of the month before (Ærø's newest is
        // missing, and stays so for the other tests)
        DemoOutcomes.importAgain(jdbc, imports, month, "461,563", "region");
        DemoOutcomes.importAgain(jdbc, imports, month.minusMonths(1), "492", "aeroe");

        MimeMessage steering = awaitOne(STEERING);
        MimeMessage odense = MailCatcher.mailsTo(ODENSE).getFirst();
        MimeMessage aeroe = MailCatcher.mailsTo(AEROE).getFirst();
        assertThat(MailCatcher.mailsTo(ODENSE)).as("one digest for a run of two files").hasSize(1);
        assertThat(MailCatcher.mailsTo(FANOE)).as("the Fanø lead turned the digest off").isEmpty();

        String odenseText = text(odense);
        long overdue = cases.overdueFollowUps(461, LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen")));
        assertThat(odense.getSubject()).isEqualTo("Samspil: overblik for Odense, " + monthName(month));
        assertThat(odenseText).contains("Tallene for Odense for " + monthName(month))
                .contains(overdue == 0 ? "Intet aktivt forløb har en overskredet opfølgning."
                        : overdue == 1 ? "Ét aktivt forløb har en overskredet opfølgning."
                        : overdue + " aktive forløb har en overskredet opfølgning.")
                .contains("/overview", "/cases")
                .doesNotContain("Ærø", "Fanø", "Langeland");
        assertThat(text(aeroe)).contains("Tallene for Ærø").doesNotContain("Odense", "Fanø");
        String programme = text(steering);
        assertThat(steering.getSubject()).isEqualTo("Samspil: programmets overblik for " + monthName(month));
        assertThat(programme).contains("3 forventede filer for " + monthName(month) + " mangler.")
                .doesNotContain("Odense", "Ærø", "Fanø");
        // nothing case-level: no case reference of the demo (ODE-…, AER-…) in any digest
        assertThat(odenseText + text(aeroe) + programme).doesNotContainPattern("[A-Z]{3}-\\d{3,}");
        assertThat(jdbc.sql("SELECT CONCAT(kind, ' ', scope) FROM sent_notice WHERE period = ? ORDER BY kind, scope")
                .param(month.atDay(1)).query(String.class).list())
                .contains("MUNICIPAL_DIGEST 461", "MUNICIPAL_DIGEST 492", "PROGRAMME_DIGEST programme");
    }

    /** Waits for the steering group's digest, sent after every municipality's: then all have gone. */
    private static MimeMessage awaitOne(String address) throws InterruptedException {
        for (int turn = 0; turn < 600 && MailCatcher.mailsTo(address).isEmpty(); turn++) {
            Thread.sleep(100);
        }
        List<MimeMessage> mails = MailCatcher.mailsTo(address);
        assertThat(mails).as("the digest reached " + address).hasSize(1);
        return mails.getFirst();
    }

    static String text(MimeMessage mail) throws Exception {
        return (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
    }

    private static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, java.util.Locale.of("da"))
                + " " + month.getYear();
    }

    private long userId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
    }
}
