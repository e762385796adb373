package dk.samspil.mail;

import java.util.Optional;

import dk.samspil.base.i18n.UiLanguage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The one layout of every mail: heading, paragraphs, links as buttons, and a footer that says why the
 * mail came and, for mails to users, how to stop that kind. Every word is HTML-escaped here, so the
 * callers give words, never markup. Plain and simple HTML (one column, inline styles, no images) that
 * mail programs show alike and screen readers read in the mail's language.
 */
@Component
public class MailLayout {

    private final String publicUrl;

    MailLayout(@Value("${samspil.public-url}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The absolute address of a path in Samspil ({@code survey/abc} → {@code https://samspil.example/survey/abc}). */
    public String link(String path) {
        return publicUrl + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /**
     * @param reason      the footer's sentence on why this address gets this mail
     * @param unsubscribe the signed link that stops this kind, for mails to users
     */
    public Mail render(String to, UiLanguage language, MailContent content, String reason, Optional<String> unsubscribe) {
        MailText words = new MailText(language);
        return new Mail(to, language, content.subject(), text(words, content, reason, unsubscribe),
                html(words, content, reason, unsubscribe));
    }

    private String text(MailText words, MailContent content, String reason, Optional<String> unsubscribe) {
        StringBuilder text = new StringBuilder(content.heading()).append("\n\n");
        content.paragraphs().forEach(paragraph -> text.append(paragraph).append("\n\n"));
        content.links().forEach(link -> text.append(link.label()).append(":\n").append(link.url()).append("\n\n"));
        text.append("-- \n").append(words.text("mail.footer.sender")).append('\n').append(reason).append('\n');
        unsubscribe.ifPresent(url -> text.append(words.text("mail.footer.unsubscribe")).append(":\n").append(url)
                .append('\n'));
        return text.toString();
    }

    private String html(MailText words, MailContent content, String reason, Optional<String> unsubscribe) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(words.language().tag())
                .append("\"><head><meta charset=\"utf-8\"><title>").append(escape(content.subject()))
                .append("</title></head>\n<body style=\"margin:0;padding:24px;background:#f4f5f7;")
                .append("font-family:Arial,Helvetica,sans-serif;color:#1a1a1a;font-size:16px;line-height:1.5\">\n")
                .append("<div style=\"max-width:600px;margin:0 auto;background:#ffffff;padding:24px\">\n")
                .append("<p style=\"margin:0 0 16px;color:#3d4a5c;font-size:14px\">Samspil</p>\n")
                .append("<h1 style=\"font-size:22px;margin:0 0 16px\">").append(escape(content.heading())).append("</h1>\n");
        content.paragraphs().forEach(paragraph -> html.append("<p style=\"margin:0 0 16px\">").append(escape(paragraph))
                .append("</p>\n"));
        content.links().forEach(link -> html.append("<p style=\"margin:0 0 16px\"><a href=\"").append(escape(link.url()))
                .append("\" style=\"display:inline-block;background:#0b5cad;color:#ffffff;padding:10px 16px;")
                .append("text-decoration:underline\">").append(escape(link.label())).append("</a></p>\n"));
        html.append("<hr style=\"border:none;border-top:1px solid #c8ccd2;margin:24px 0 12px\">\n")
                .append("<p style=\"margin:0 0 8px;font-size:14px;color:#3d4a5c\">")
                .append(escape(words.text("mail.footer.sender"))).append(' ').append(escape(reason)).append("</p>\n");
        unsubscribe.ifPresent(url -> html.append("<p style=\"margin:0;font-size:14px\"><a href=\"").append(escape(url))
                .append("\" style=\"color:#0b5cad\">").append(escape(words.text("mail.footer.unsubscribe")))
                .append("</a></p>\n"));
        return html.append("</div>\n</body></html>\n").toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
