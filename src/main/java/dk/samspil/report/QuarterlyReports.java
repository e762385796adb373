package dk.samspil.report;

import java.io.OutputStream;
import java.util.Locale;

import dk.samspil.audit.AuditLog;
import dk.samspil.audit.AuditOutcome;
import dk.samspil.dashboard.Scope;
import dk.samspil.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The quarterly report as a PDF, for the signed-in reader: the programme's, or one municipality's
 * (a municipal lead's own only). What it shows is what the dashboards would show that reader.
 */
@Service
public class QuarterlyReports {

    /** The audit log's action for a report made, downloaded or written by the command. */
    public static final String DOWNLOAD = "DOWNLOAD_REPORT";

    private final ReportAssembler assembler;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;

    QuarterlyReports(ReportAssembler assembler, AuditLog auditLog, CurrentUser currentUser) {
        this.assembler = assembler;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
    }

    public void write(Quarter quarter, Scope scope, Locale language, OutputStream out) {
        ReportText text = new ReportText(language);
        String reader = currentUser.require().username();
        String target = "quarterly report " + quarter;
        Integer municipality = scope.municipalityCode().orElse(null);
        ReportContent content;
        try {
            content = assembler.assemble(quarter, scope);
        } catch (AccessDeniedException denied) {
            auditLog.record(reader, DOWNLOAD, target, AuditOutcome.DENIED, municipality);
            throw denied;
        }
        PdfDocument.write(ReportHtml.write(content, text), out);
        auditLog.record(reader, DOWNLOAD, target, AuditOutcome.ALLOWED, municipality);
    }

    /** {@code samspil-2026-Q3-461.pdf}, {@code samspil-2026-Q3.pdf} for the programme. */
    public static String fileName(Quarter quarter, Scope scope) {
        return "samspil-" + quarter + scope.municipalityCode().map(code -> "-" + code).orElse("") + ".pdf";
    }
}
