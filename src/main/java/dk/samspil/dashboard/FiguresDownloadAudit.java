package dk.samspil.dashboard;

import dk.samspil.audit.AuditLog;
import dk.samspil.audit.AuditOutcome;
import dk.samspil.base.chart.FiguresDownloads;
import dk.samspil.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Every chart's figures downloaded, on any page, in the audit log with the page's filters. */
@Component
class FiguresDownloadAudit implements FiguresDownloads {

    static final String ACTION = "DOWNLOAD_FIGURES";

    private final AuditLog auditLog;
    private final CurrentUser currentUser;

    FiguresDownloadAudit(AuditLog auditLog, CurrentUser currentUser) {
        this.auditLog = auditLog;
        this.currentUser = currentUser;
    }

    @Override
    public void downloaded(String fileName, String filters, Integer municipalityCode) {
        auditLog.record(currentUser.require().username(), ACTION,
                fileName + (filters == null || filters.isBlank() ? "" : " ?" + filters), AuditOutcome.ALLOWED,
                municipalityCode);
    }
}
