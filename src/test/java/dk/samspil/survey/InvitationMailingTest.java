package dk.samspil.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import dk.samspil.base.i18n.UiLanguage;
import dk.samspil.municipality.Sector;
import dk.samspil.support.MailCatcher;
import dk.samspil.support.SignIn;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 13's done-when for survey mail, against a real SMTP server (GreenMail): a wave's invitations
 * are mailed, two are answered, a reminder goes to exactly the other links, and closing the wave
 * deletes the addresses. A wrong list is refused whole and keeps nothing.
 */
@SpringBootTest
class InvitationMailingTest {

    private static final int VEJLE = 630;
    private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{32})");

    @Autowired
    InvitationMailing mailing;
    @Autowired
    SurveyWaves waves;
    @Autowired
    SurveyAnswering answering;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private final List<Long> made = new ArrayList<>();

    @AfterEach
    void moveTheWavesOutOfTheWay() {
        SignIn.out();
        made.forEach(wave -> jdbc.sql("UPDATE survey_wave SET period = '2001-01-01' WHERE id = ? AND status = 'CLOSED'")
                .param(wave).update());
    }

    @Test
    void invitations_are_mailed_two_answered_a_reminder_goes_to_exactly_the_others_and_closing_deletes_the_addresses()
            throws Exception {
        SignIn.as(users, "data");
        long wave = openWave();
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> addresses = IntStream.range(0, 7).mapToObj(i -> "pulse-" + run + "-" + i + "@example.org").toList();
        LocalDate reminderDay = LocalDate.now().plusDays(2);

        MailingStatus sent = mailing.upload(wave, VEJLE, Sector.JOB_CENTRE, String.join("\n", addresses) + "\n\n",
                UiLanguage.DANISH, List.of(reminderDay)).join();

        assertThat(sent).isEqualTo(new MailingStatus(false, 7, 0,
                List.of(new MailingStatus.Reminder(reminderDay, false, null))));
        Map<String, String> firstLinks = new LinkedHashMap<>();
        for (String address : addresses) {
            List<MimeMessage> mails = MailCatcher.mailsTo(address);
            assertThat(mails).as(address).hasSize(1);
            assertThat(mails.getFirst().getSubject()).isEqualTo("Pulsmåling: ét minut om jeres samarbejde");
            assertThat(plain(mails.getFirst())).contains("Vejle er med i programmets pulsmåling", "Adressen slettes, når runden lukker")
                    .doesNotContain("Afmeld");
            firstLinks.put(address, token(mails.getFirst()));
        }
        assertThat(Set.copyOf(firstLinks.values())).as("one link each").hasSize(7);
        assertThat(count("SELECT COUNT(*) FROM survey_invitation WHERE wave_id = ?", wave)).isEqualTo(7);

        String first = addresses.get(1);
        String second = addresses.get(4);
        answer(firstLinks.get(first));
        answer(firstLinks.get(second));

        assertThat(mailing.sendDueReminders(reminderDay.minusDays(1))).as("not yet due").isZero();
        assertThat(mailing.sendDueReminders(reminderDay)).isEqualTo(5);
        assertThat(mailing.sendDueReminders(reminderDay)).as("each reminder day once").isZero();

        for (String address : addresses) {
            List<MimeMessage> mails = MailCatcher.mailsTo(address);
            if (address.equals(first) || address.equals(second)) {
                assertThat(mails).as("answered: no reminder for %s", address).hasSize(1);
            } else {
                assertThat(mails).as(address).hasSize(2);
                assertThat(mails.get(1).getSubject()).isEqualTo("Påmindelse: pulsmålingen er stadig åben");
                String fresh = token(mails.get(1));
                assertThat(fresh).isNotEqualTo(firstLinks.get(address));
                assertThat(answering.open(fresh)).isInstanceOf(SurveyOutcome.Ready.class);
                assertThat(answering.open(firstLinks.get(address))).isNotInstanceOf(SurveyOutcome.Ready.class);
            }
        }
        MailingStatus after = mailing.status(wave, VEJLE, Sector.JOB_CENTRE);
        assertThat(after.reminders()).as("7 invited − 5 reminded is 2 who answered: below 5, so no count")
                .containsExactly(new MailingStatus.Reminder(reminderDay, true, null));
        assertThat(count("SELECT COUNT(*) FROM survey_mail_address WHERE wave_id = ?", wave)).isEqualTo(7);
        assertThat(jdbc.sql("SELECT target FROM audit_log WHERE action = 'MAIL_INVITATIONS' ORDER BY id DESC LIMIT 1")
                .query(String.class).single()).doesNotContain("@").contains("7 addresses");

        waves.close(wave);

        assertThat(count("SELECT COUNT(*) FROM survey_mail_address WHERE wave_id = ?", wave)).isZero();
        assertThat(count("SELECT COUNT(*) FROM survey_invitation WHERE wave_id = ? AND used", wave)).isEqualTo(2);
        assertThat(mailing.status(wave, VEJLE, Sector.JOB_CENTRE).sent()).as("the counts stay").isEqualTo(7);
    }

    @Test
    void a_wrong_list_is_refused_whole_naming_the_line_and_keeps_nothing() {
        SignIn.as(users, "data");
        long wave = openWave();
        String good = "good-" + UUID.randomUUID() + "@example.org";
        Map<String, String> refusals = Map.of(
                good + "\nnot an address", "survey.mail.problem.address",
                good + "\n" + good.toUpperCase(), "survey.mail.problem.duplicate",
                good + "\n010190-1234", "survey.mail.problem.cpr",
                good + "\n0101901234@example.org", "survey.mail.problem.cpr",
                " \n", "survey.mail.problem.empty",
                IntStream.range(0, 501).mapToObj(i -> "x" + i + "@example.org").reduce((a, b) -> a + "\n" + b).orElseThrow(),
                "survey.mail.problem.too-many");
        refusals.forEach((list, problem) -> assertThatThrownBy(() -> mailing.upload(wave, VEJLE, Sector.NGO, list,
                UiLanguage.DANISH, List.of())).as(problem).isInstanceOf(AddressProblem.class)
                .hasMessage(problem).satisfies(e -> assertThat(((AddressProblem) e).line())
                        .isEqualTo(problem.endsWith("too-many") ? 501 : problem.endsWith("empty") ? 0 : 2)));

        assertThat(count("SELECT COUNT(*) FROM survey_mail_address WHERE wave_id = ?", wave)).isZero();
        assertThat(count("SELECT COUNT(*) FROM survey_invitation WHERE wave_id = ?", wave)).isZero();
        assertThat(MailCatcher.mailsTo(good)).isEmpty();

        mailing.upload(wave, VEJLE, Sector.NGO, good, UiLanguage.ENGLISH, List.of()).join();
        assertThat(MailCatcher.mailsTo(good)).extracting(MimeMessage::getSubject)
                .containsExactly("Pulse survey: one minute about your collaboration");
        assertThatThrownBy(() -> mailing.upload(wave, VEJLE, Sector.NGO, "new-" + good + "\n" + good, UiLanguage.DANISH,
                List.of())).hasMessage("survey.mail.problem.known");
        assertThat(count("SELECT COUNT(*) FROM survey_mail_address WHERE wave_id = ?", wave)).isEqualTo(1);
        waves.close(wave);
    }

    private long openWave() {
        long wave = waves.open(YearMonth.now().plusMonths(1), WaveKind.PULSE, Set.of(VEJLE));
        made.add(wave);
        return wave;
    }

    private void answer(String token) {
        SurveyForm form = ((SurveyOutcome.Ready) answering.open(token)).form();
        Map<Long, Optional<Integer>> answers = new LinkedHashMap<>();
        form.items().forEach(asked -> answers.put(asked.item().id(), Optional.of(asked.instrument().scaleMin())));
        assertThat(answering.submit(token, new AnswerSet(form.targetSector(), answers))).isInstanceOf(SurveyOutcome.Stored.class);
    }

    private long count(String sql, long wave) {
        return jdbc.sql(sql).param(wave).query(Long.class).single();
    }

    private static String plain(MimeMessage mail) throws Exception {
        return (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
    }

    private static String token(MimeMessage mail) throws Exception {
        Matcher link = LINK.matcher(plain(mail));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }
}
