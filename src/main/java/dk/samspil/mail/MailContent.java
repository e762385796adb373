package dk.samspil.mail;

import java.util.List;

/**
 * What a mail says, as plain words: a subject, a heading, paragraphs and links. {@link MailLayout}
 * makes both the plain text and the HTML of it and escapes every word, so a municipality's or a
 * wave's name can never become markup. Counts and links only: nothing case-level or personal.
 */
public record MailContent(String subject, String heading, List<String> paragraphs, List<MailLink> links) {

    public MailContent {
        paragraphs = List.copyOf(paragraphs);
        links = List.copyOf(links);
    }
}
