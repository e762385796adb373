package dk.samspil.casework;

import java.util.List;
import java.util.Optional;

import dk.samspil.audit.AuditLog;
import dk.samspil.audit.AuditOutcome;
import dk.samspil.security.CurrentUser;
import dk.samspil.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case-level data, scoped by role in the service itself: a municipal lead gets only their own
 * municipality's cases whatever URL or call asks, and every look at a case is audited.
 */
@Service
@Transactional(readOnly = true)
public class CaseService {

    private final CaseQueries queries;
    private final CurrentUser currentUser;
    public static final String LIST_CASES = "LIST_CASES";
    public static final String VIEW_CASE = "VIEW_CASE";

    private final AuditLog auditLog;

    CaseService(CaseQueries queries, CurrentUser currentUser, AuditLog auditLog) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    /** The cases of one municipality; refused unless the user may see that municipality's cases. */
    @PreAuthorize("hasAnyRole('MUNICIPAL_LEAD', 'DATA_MANAGER')")
    public List<CaseSummary> casesOf(int municipalityCode) {
        SignedInUser user = currentUser.require();
        if (!user.maySeeCasesOf(municipalityCode)) {
            auditLog.record(user.username(), LIST_CASES, "municipality " + municipalityCode, AuditOutcome.DENIED,
                    municipalityCode);
            throw new AccessDeniedException("Cases of municipality " + municipalityCode + " are not yours to see");
        }
        List<CaseSummary> cases = queries.casesOf(municipalityCode);
        // case-level data: every look at the list is recorded, not only the refused ones
        auditLog.record(user.username(), LIST_CASES, "municipality " + municipalityCode + ", " + cases.size() + " cases",
                AuditOutcome.ALLOWED, municipalityCode);
        return cases;
    }

    /**
     * One case with its meetings and plan. An unknown id is refused exactly like another
     * municipality's case, so ids cannot be probed.
     */
    @PreAuthorize("hasAnyRole('MUNICIPAL_LEAD', 'DATA_MANAGER')")
    public CaseDetails caseDetails(long caseId) {
        SignedInUser user = currentUser.require();
        Optional<Integer> municipality = queries.municipalityOf(caseId);
        boolean allowed = municipality.map(user::maySeeCasesOf).orElse(false);
        // a refused case's municipality is not recorded: the entry would tell which municipality an id belongs to
        auditLog.record(user.username(), VIEW_CASE, "case " + caseId, allowed ? AuditOutcome.ALLOWED : AuditOutcome.DENIED,
                allowed ? municipality.get() : null);
        if (!allowed) {
            throw new AccessDeniedException("Case " + caseId + " is not yours to see");
        }
        return queries.details(caseId).orElseThrow();
    }
}
