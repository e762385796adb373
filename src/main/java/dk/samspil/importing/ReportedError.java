package dk.samspil.importing;

import java.util.List;

/**
 * One line of an import's report: where, and why as a message key with arguments. Never the
 * offending value itself.
 */
public record ReportedError(long line, String column, String reasonKey, List<String> arguments) {
}
