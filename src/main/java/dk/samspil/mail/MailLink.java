package dk.samspil.mail;

/** A link in a mail: its words and an absolute address (into Samspil, see {@link MailLayout#link}). */
public record MailLink(String label, String url) {
}
