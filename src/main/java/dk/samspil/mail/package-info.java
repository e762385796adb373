/**
 * Mail: every message Samspil sends, through any SMTP server named by Spring Boot's
 * {@code spring.mail.*} properties. {@link dk.samspil.mail.Postman} sends plain text and HTML
 * (multipart/alternative) in the recipient's language, laid out by {@link dk.samspil.mail.MailLayout}
 * from {@link dk.samspil.mail.MailContent}, so no caller writes HTML. A mail to a user carries a
 * signed unsubscribe link for its {@link dk.samspil.mail.MailKind}; users turn kinds on and off on
 * Mine indstillinger. Nothing case-level or personal is ever put in a mail: counts and links only
 * (docs/decisions/0025).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "security"})
package dk.samspil.mail;
