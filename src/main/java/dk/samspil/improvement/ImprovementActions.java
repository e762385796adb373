package dk.samspil.improvement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import dk.samspil.audit.AuditLog;
import dk.samspil.audit.AuditOutcome;
import dk.samspil.base.StoredTime;
import dk.samspil.dashboard.ActionMarkers;
import dk.samspil.dashboard.IndicatorCatalogue;
import dk.samspil.dashboard.Scope;
import dk.samspil.security.CurrentUser;
import dk.samspil.security.Role;
import dk.samspil.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Improvement actions and who may touch them: a municipal lead records and edits their own
 * municipality's actions only; the steering group the programme's and any municipality's. Every
 * read of the list is scoped the same way; every change and every refusal goes to the audit log.
 */
@Service
public class ImprovementActions implements ActionMarkers {

    public static final String CREATE = "CREATE_IMPROVEMENT_ACTION";
    public static final String UPDATE = "UPDATE_IMPROVEMENT_ACTION";

    private final ImprovementActionRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    ImprovementActions(ImprovementActionRepository repository, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The actions the reader may see, the earliest review first. */
    @Transactional(readOnly = true)
    public List<ActionSummary> visible() {
        SignedInUser user = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        List<ImprovementAction> actions = switch (user.role()) {
            case STEERING, DATA_MANAGER -> repository.findAllByOrderByReviewDateAsc();
            case MUNICIPAL_LEAD -> repository.findVisibleTo(user.municipalityCode());
            default -> throw new AccessDeniedException("improvement actions are for leads and the steering group");
        };
        return actions.stream().map(action -> action.summary(today)).toList();
    }

    /**
     * Records a new action.
     *
     * @throws AccessDeniedException outside the reader's scope (audited DENIED)
     * @throws Refused for missing fields, dates in the wrong order, an unknown indicator or personal data
     */
    @Transactional
    public ActionSummary create(ActionDraft draft) {
        SignedInUser user = currentUser.require();
        requireScope(user, draft.municipalityCode(), CREATE, "new action");
        check(draft);
        ImprovementAction saved = repository.saveAndFlush(new ImprovementAction(draft, user.username(),
                StoredTime.now(clock)));
        auditLog.record(user.username(), CREATE, "action " + saved.id() + " " + draft.status() + " from "
                + draft.start() + " review " + draft.review(), AuditOutcome.ALLOWED, draft.municipalityCode());
        return saved.summary(LocalDate.now(clock));
    }

    /**
     * Changes an action's status and review date.
     *
     * @throws AccessDeniedException for an action outside the reader's scope (audited DENIED)
     */
    @Transactional
    public ActionSummary update(long id, ActionStatus status, LocalDate reviewDate) {
        SignedInUser user = currentUser.require();
        ImprovementAction action = repository.findById(id).orElseThrow(() -> new Refused("actions.refused.unknown"));
        requireScope(user, action.municipalityCode(), UPDATE, "action " + id);
        if (status == null || reviewDate == null) {
            throw new Refused("actions.refused.missing");
        }
        if (reviewDate.isBefore(action.startDate())) {
            throw new Refused("actions.refused.dates");
        }
        String before = action.status() + " review " + action.reviewDate();
        action.change(status, reviewDate, user.username(), StoredTime.now(clock));
        repository.saveAndFlush(action);
        auditLog.record(user.username(), UPDATE, "action " + id + ": " + before + " -> " + status + " review "
                + reviewDate, AuditOutcome.ALLOWED, action.municipalityCode());
        return action.summary(LocalDate.now(clock));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActionMarker> markers(String indicatorCode, Scope scope, YearMonth from, YearMonth to) {
        // a lead reads another municipality's chart without its actions, as the list keeps them from them;
        // the quarterly report's command line has no signed-in reader and reads them all
        boolean lead = currentUser.get().filter(user -> user.role() == Role.MUNICIPAL_LEAD).isPresent();
        Integer own = currentUser.get().map(SignedInUser::municipalityCode).orElse(null);
        Integer municipality = scope.municipalityCode().filter(code -> !lead || code.equals(own)).orElse(null);
        return repository.findForChart(indicatorCode, municipality, from.atDay(1), to.atEndOfMonth()).stream()
                .map(action -> action.summary(LocalDate.now(clock)))
                .map(action -> new ActionMarker(action.id(), action.title(), YearMonth.from(action.start())))
                .toList();
    }

    /** A lead only within their own municipality; the steering group anywhere; nobody else. */
    private void requireScope(SignedInUser user, Integer municipality, String what, String target) {
        boolean allowed = user.role() == Role.STEERING
                || (user.role() == Role.MUNICIPAL_LEAD && municipality != null
                && municipality.equals(user.municipalityCode()));
        if (!allowed) {
            auditLog.record(user.username(), what, target + (municipality == null ? " for the programme"
                    : " for municipality " + municipality), AuditOutcome.DENIED, municipality);
            throw new AccessDeniedException("outside the reader's scope");
        }
    }

    private static void check(ActionDraft draft) {
        if (blank(draft.title()) || blank(draft.responsibleRole()) || draft.start() == null || draft.review() == null
                || draft.status() == null || draft.indicatorCodes().isEmpty()) {
            throw new Refused("actions.refused.missing");
        }
        if (draft.title().length() > 200 || draft.responsibleRole().length() > 120) {
            throw new Refused("actions.refused.long");
        }
        if (draft.review().isBefore(draft.start())) {
            throw new Refused("actions.refused.dates");
        }
        if (PersonalText.looksPersonal(draft.title()) || PersonalText.looksPersonal(draft.responsibleRole())) {
            throw new Refused("actions.refused.personal");
        }
        for (String code : draft.indicatorCodes()) {
            try {
                IndicatorCatalogue.get(code);
            } catch (IllegalArgumentException unknown) {
                throw new Refused("actions.refused.indicator");
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
