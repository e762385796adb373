package dk.samspil.mail;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

import dk.samspil.base.i18n.UiLanguage;
import dk.samspil.security.UserAccounts;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Sends mail through Spring Boot's {@link JavaMailSender} ({@code spring.mail.*}): one message per
 * recipient, multipart/alternative with the plain text first and the HTML second, in the recipient's
 * language. Synchronous: whoever sends many (survey invitations, digests) does it off the page request.
 * Addresses are never logged.
 */
@Service
public class Postman {

    private final JavaMailSender sender;
    private final MailLayout layout;
    private final MailPreferences preferences;
    private final UnsubscribeTokens unsubscribeTokens;
    private final UserAccounts users;
    private final String from;

    Postman(JavaMailSender sender, MailLayout layout, MailPreferences preferences, UnsubscribeTokens unsubscribeTokens,
            UserAccounts users, @Value("${samspil.mail.from}") String from) {
        this.sender = sender;
        this.layout = layout;
        this.preferences = preferences;
        this.unsubscribeTokens = unsubscribeTokens;
        this.users = users;
        this.from = from;
    }

    /**
     * Sends a mail of a kind sent to users, unless the user turned that kind off or has no address
     * (or a disabled account). Written in the user's mail language, with a link that stops this kind.
     *
     * @param content the mail's words in the given language
     * @return whether it was sent
     */
    public boolean sendToUser(long userId, MailKind kind, Function<MailText, MailContent> content) {
        if (!kind.toUsers()) {
            throw new IllegalArgumentException(kind + " is not sent to users");
        }
        Optional<String> address = users.mailAddressOf(userId);
        if (address.isEmpty() || !preferences.wants(userId, kind)) {
            return false;
        }
        MailText words = new MailText(preferences.language(userId));
        String unsubscribe = layout.link(UnsubscribePath.PATH + "/" + unsubscribeTokens.token(userId, kind));
        send(layout.render(address.get(), words.language(), content.apply(words),
                words.text("mail.footer.reason.user", words.text(kind.key())), Optional.of(unsubscribe)));
        return true;
    }

    /**
     * Sends a mail to an address that is not a user's (a survey invitation): no unsubscribe link, the
     * footer gives the reason instead.
     */
    public void sendToAddress(String address, UiLanguage language, MailContent content, String reason) {
        send(layout.render(address, language, content, reason, Optional.empty()));
    }

    /** Sends one finished mail. */
    public void send(Mail mail) {
        sender.send(message(mail));
    }

    private MimeMessage message(Mail mail) {
        try {
            MimeMessage message = sender.createMimeMessage();
            message.setFrom(new InternetAddress(from));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.to(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setHeader("Content-Language", mail.language().tag());
            message.setHeader("Auto-Submitted", "auto-generated");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            // alternatives from the plainest to the richest: a mail program shows the last it can
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            message.setContent(alternative);
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw new MailPreparationException("Could not make the mail " + mail, e);
        }
    }
}
