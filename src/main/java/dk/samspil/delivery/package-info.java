/**
 * Data delivery status (issue 13, docs/decisions/0026): which monthly files each municipality has
 * delivered, who its data contact is, and the mails Samspil sends on its own — the late-file reminder,
 * the digests after an import run and the quarterly report — each once ({@code sent_notice}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "security", "municipality",
        "importing", "dashboard", "report", "casework", "mail"})
package dk.samspil.delivery;
