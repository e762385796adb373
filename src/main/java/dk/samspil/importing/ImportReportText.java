package dk.samspil.importing;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The report's reasons in words, from the UI's resource bundles, for triggers without a UI. */
public final class ImportReportText {

    private final ResourceBundle bundle;
    private final Locale locale;

    public ImportReportText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("vaadin-i18n/translations", locale);
    }

    public String text(String key, Object... arguments) {
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public String line(ReportedError error) {
        String where = error.line() > 0 ? text("imports.report.line") + " " + error.line() : "";
        if (error.column() != null && !error.column().isBlank()) {
            where += (where.isEmpty() ? "" : ", ") + text("imports.report.column") + " " + error.column();
        }
        return (where.isEmpty() ? "" : where + ": ") + text(error.reasonKey(), error.arguments().toArray());
    }
}
