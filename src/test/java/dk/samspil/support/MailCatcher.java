package dk.samspil.support;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server (GreenMail) inside the test JVM, one for every application context of the run:
 * started before the first context and named to it as {@code spring.mail.host}/{@code port} (a free
 * port, so runs side by side on one machine do not meet). Registered in META-INF/spring.factories.
 * Tests tell their mails apart by recipient: each uses addresses of its own.
 */
public class MailCatcher implements EnvironmentPostProcessor {

    private static GreenMail server;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addFirst(new MapPropertySource("mailCatcher", Map.of(
                "spring.mail.host", "127.0.0.1", "spring.mail.port", port(),
                "spring.mail.properties.mail.smtp.auth", "false")));
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    private static int port() {
        return server().getSmtp().getPort();
    }

    /** The mails received so far for this address, oldest first. */
    public static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(message -> sentTo(message, address)).toList();
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(recipient -> recipient.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
