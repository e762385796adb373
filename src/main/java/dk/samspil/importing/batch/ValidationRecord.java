package dk.samspil.importing.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import dk.samspil.importing.ImportHistory;
import dk.samspil.importing.file.ImportMode;
import dk.samspil.importing.file.RowError;
import dk.samspil.importing.file.ValidationReport;
import org.springframework.stereotype.Component;

/**
 * Keeps a file's validation report with its import, whichever step validated it: a rejected file
 * fails the job, and one with a CPR-like value (or not read to the end) is deleted at once.
 */
@Component
class ValidationRecord {

    private final ImportHistory reports;

    ValidationRecord(ImportHistory reports) {
        this.reports = reports;
    }

    /** Why the file as a whole was refused, in the report's words. */
    static String rejection(ValidationReport report) {
        if (report.cprFound()) {
            return "import.rejected.cpr";
        }
        if (report.unreadable()) {
            return "import.rejected.unreadable";
        }
        if (report.headerRejected()) {
            return "import.rejected.header";
        }
        if (report.mode() == ImportMode.LENIENT && report.invalidRows() > 0) {
            return "import.rejected.too-many-invalid";
        }
        return "import.rejected.invalid";
    }

    /**
     * Stores the report (in a transaction of its own, so it outlives a write rolled back).
     *
     * @throws ImportRejectedException when the report rejects the file
     */
    void keep(ImportParameters parameters, ValidationReport report) throws IOException {
        if (report.cprFound() || !report.readToEnd()) {
            // not kept: it holds personal data (docs/import-formats.md), or was not read far enough to know
            Files.deleteIfExists(parameters.file());
        }
        // the warnings (columns ignored in lenient mode) first: they explain the rest
        List<RowError> problems = new ArrayList<>(report.warnings());
        problems.addAll(report.errors());
        long problemCount = report.warnings().size() + report.errorCount();
        if (report.decision() == ValidationReport.Decision.REJECTED) {
            String reason = rejection(report);
            reports.rejected(parameters.importId(), reason, problems, problemCount, report.rowsRead(),
                    report.invalidRows());
            throw new ImportRejectedException(reason);
        }
        reports.validated(parameters.importId(), problems, problemCount, report.rowsRead(), report.invalidRows());
    }
}
