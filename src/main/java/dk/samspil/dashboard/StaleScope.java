package dk.samspil.dashboard;

import java.time.Instant;

/**
 * A municipality whose monthly figures wait for a rebuild.
 *
 * @param marks          how many imports marked it since the last successful rebuild
 * @param staleSince     when the first of them committed
 * @param failedAttempts rebuilds tried and failed since then
 * @param lastFailure    why the last one failed, or null
 */
record StaleScope(int municipalityCode, int marks, Instant staleSince, int failedAttempts, String lastFailure) {
}
