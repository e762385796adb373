package dk.samspil.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import dk.samspil.base.i18n.UiLanguage;
import dk.samspil.mail.MailContent;
import dk.samspil.mail.MailKind;
import dk.samspil.mail.MailLink;
import dk.samspil.mail.MailPreferences;
import dk.samspil.mail.Postman;
import dk.samspil.security.AccountDetails;
import dk.samspil.security.Role;
import dk.samspil.security.UserAccounts;
import dk.samspil.security.UserAdministration;
import dk.samspil.support.MailCatcher;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The mail core against a real SMTP server in the JVM (GreenMail): what arrives has a plain and an
 * HTML part with the same words, escaped; each user gets their own language; the unsubscribe link
 * stops that kind without sign-in, and an altered link stops nothing.
 */
@SpringBootTest
@ViewPackages(packages = "dk.samspil")
@WithUserDetails("data")
class MailTest extends SpringBrowserlessTest {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("/afmeld/(\\S+)");

    @Autowired
    Postman postman;
    @Autowired
    MailPreferences preferences;
    @Autowired
    UserAdministration administration;
    @Autowired
    UserAccounts users;

    @Test
    void a_mail_has_a_plain_and_an_html_part_with_the_same_escaped_words_and_a_footer() throws Exception {
        String address = address();
        long user = user(address);

        assertThat(postman.sendToUser(user, MailKind.PROGRAMME_DIGEST, words -> content("Odense & <b>Fanø</b>"))).isTrue();

        MimeMessage mail = only(address);
        assertThat(mail.getSubject()).isEqualTo("Overblik: Odense & <b>Fanø</b>");
        assertThat(mail.getHeader("Content-Language")).containsExactly("da");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart plain = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertThat(plain.getContentType()).startsWith("text/plain").contains("UTF-8");
        assertThat(html.getContentType()).startsWith("text/html").contains("UTF-8");
        assertThat((String) plain.getContent()).contains("Odense & <b>Fanø</b>", "3 nye signaler",
                "http://localhost:8080/overview", "Denne mail kommer fra Samspil", "Afmeld disse mails");
        assertThat((String) html.getContent())
                .contains("<html lang=\"da\">", "Odense &amp; &lt;b&gt;Fanø&lt;/b&gt;", "href=\"http://localhost:8080/overview\"",
                        "Afmeld disse mails")
                .doesNotContain("<b>Fanø</b>");
    }

    @Test
    void each_recipient_gets_the_mail_in_their_own_language() throws Exception {
        String danish = address();
        String english = address();
        long dane = user(danish);
        long englishman = user(english);
        preferences.setLanguage(englishman, UiLanguage.ENGLISH);

        postman.sendToUser(dane, MailKind.MUNICIPALITY_DIGEST, this::localised);
        postman.sendToUser(englishman, MailKind.MUNICIPALITY_DIGEST, this::localised);

        assertThat(only(danish).getSubject()).isEqualTo("Dansk");
        assertThat(plain(only(danish))).contains("Månedligt overblik over din kommune", "Afmeld disse mails");
        MimeMessage mail = only(english);
        assertThat(mail.getSubject()).isEqualTo("English");
        assertThat(mail.getHeader("Content-Language")).containsExactly("en");
        assertThat(plain(mail)).contains("Monthly digest of your municipality", "Stop these mails")
                .doesNotContain("Afmeld");
    }

    @Test
    void the_unsubscribe_link_stops_that_kind_only_without_sign_in() throws Exception {
        String address = address();
        long user = user(address);
        postman.sendToUser(user, MailKind.QUARTERLY_REPORT, words -> content("Q3"));
        String token = token(plain(only(address)));

        UnsubscribeView page = navigate(UnsubscribeView.class, token);
        assertThat(page.message.getText()).isEmpty();
        assertThat(preferences.wants(user, MailKind.QUARTERLY_REPORT)).as("opening the link alone stops nothing").isTrue();
        test(page.confirm).click();

        assertThat(page.message.getText()).isEqualTo("Du er afmeldt. Du får ikke længere \"Kvartalsrapporten\" fra Samspil.");
        assertThat(postman.sendToUser(user, MailKind.QUARTERLY_REPORT, words -> content("Q4"))).isFalse();
        assertThat(postman.sendToUser(user, MailKind.LATE_FILES, words -> content("late"))).isTrue();
        assertThat(MailCatcher.mailsTo(address)).extracting(MimeMessage::getSubject)
                .containsExactly("Overblik: Q3", "Overblik: late");
    }

    @Test
    void a_forged_or_altered_unsubscribe_link_is_refused_and_changes_nothing() throws Exception {
        String address = address();
        long user = user(address);
        long other = user(address());
        postman.sendToUser(user, MailKind.PROGRAMME_DIGEST, words -> content("x"));
        String token = token(plain(only(address)));
        String signature = token.substring(token.lastIndexOf('-') + 1);
        String otherUsersToken = other + "-PROGRAMME_DIGEST-" + signature;
        String otherKind = user + "-LATE_FILES-" + signature;
        String flipped = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");

        for (String forged : List.of(otherUsersToken, otherKind, flipped, "garbage")) {
            UnsubscribeView page = navigate(UnsubscribeView.class, forged);
            assertThat(page.message.getText()).as(forged).startsWith("Linket kan ikke bruges til at afmelde.");
            assertThat(page.confirm.isAttached()).isFalse();
        }
        assertThat(preferences.of(user)).doesNotContainValue(false);
        assertThat(preferences.of(other)).doesNotContainValue(false);
    }

    private MailContent localised(dk.samspil.mail.MailText words) {
        String name = words.language() == UiLanguage.ENGLISH ? "English" : "Dansk";
        return new MailContent(name, name, List.of(name), List.of());
    }

    private static MailContent content(String name) {
        return new MailContent("Overblik: " + name, name, List.of("3 nye signaler"),
                List.of(new MailLink("Åbn overblikket", "http://localhost:8080/overview")));
    }

    private long user(String address) {
        String username = "mail-" + UUID.randomUUID().toString().substring(0, 8);
        administration.create(username, new AccountDetails("Mail Test", address, Role.STEERING, null, null));
        return users.find(username).orElseThrow().id();
    }

    private static String address() {
        return UUID.randomUUID() + "@example.org";
    }

    private static MimeMessage only(String address) {
        List<MimeMessage> mails = MailCatcher.mailsTo(address);
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }

    private static String plain(MimeMessage mail) throws Exception {
        return (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
    }

    private static String token(String text) {
        Matcher link = UNSUBSCRIBE.matcher(text);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }
}
