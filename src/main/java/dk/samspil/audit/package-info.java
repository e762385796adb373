/**
 * The audit log: who looked at or changed what. Any module may record; only data managers read
 * it. Append-only (database triggers) and hash-chained, so a change made behind the application's
 * back is found (docs/decisions/0019). Uses base for time and CSV, municipality for the names on
 * the audit page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "municipality"})
package dk.samspil.audit;
