package dk.samspil.improvement;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import dk.samspil.audit.AuditLog;
import dk.samspil.audit.AuditOutcome;
import dk.samspil.base.StoredTime;
import dk.samspil.dashboard.Indicator;
import dk.samspil.dashboard.IndicatorCatalogue;
import dk.samspil.dashboard.Scope;
import dk.samspil.dashboard.TargetLookup;
import dk.samspil.security.CurrentUser;
import dk.samspil.security.Role;
import dk.samspil.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steering group's targets: one per indicator for the programme and optionally per
 * municipality, each from a start month. Only the steering group sets them; a refusal and every
 * change (before → after) go to the audit log. Everyone who reads the dashboards reads them.
 */
@Service
public class Targets implements TargetLookup {

    public static final String SET_TARGET = "SET_TARGET";

    private final IndicatorTargetRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    Targets(IndicatorTargetRepository repository, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Every target, by indicator, programme first, newest start first. */
    @Transactional(readOnly = true)
    public List<TargetRow> all() {
        return repository.findAllByOrderByIndicatorCodeAscMunicipalityCodeAscStartMonthDesc().stream()
                .map(Targets::row).toList();
    }

    /**
     * Sets the target for the indicator and scope from the month (replacing one with the same start).
     *
     * @throws AccessDeniedException for anyone but the steering group (audited DENIED)
     * @throws Refused for an unknown or neutral indicator, or a value outside its scale
     */
    @Transactional
    public TargetRow set(String indicatorCode, Scope scope, double value, YearMonth start) {
        SignedInUser user = currentUser.require();
        Integer municipality = scope.municipalityCode().orElse(null);
        String target = indicatorCode + " " + (municipality == null ? "programme" : "municipality " + municipality)
                + " from " + start;
        if (user.role() != Role.STEERING) {
            auditLog.record(user.username(), SET_TARGET, target, AuditOutcome.DENIED, municipality);
            throw new AccessDeniedException("only the steering group sets targets");
        }
        Indicator indicator = indicator(indicatorCode);
        if (indicator.direction() == Indicator.Direction.NEUTRAL) {
            throw new Refused("targets.refused.neutral");
        }
        if (!Double.isFinite(value) || value < 0 || (indicator.unit().da().equals("procent") && value > 1)) {
            throw new Refused("targets.refused.value");
        }
        Optional<IndicatorTarget> existing = repository.findOne(indicatorCode, municipality, start.atDay(1));
        String before = existing.map(t -> String.valueOf(t.targetValue())).orElse("none");
        IndicatorTarget saved = existing.orElseGet(() -> new IndicatorTarget(indicatorCode, municipality, start.atDay(1)));
        saved.set(value, user.username(), StoredTime.now(clock));
        saved = repository.saveAndFlush(saved);
        auditLog.record(user.username(), SET_TARGET, target + ": " + before + " -> " + value, AuditOutcome.ALLOWED,
                municipality);
        return row(saved);
    }

    @Override
    @Transactional(readOnly = true)
    public OptionalDouble target(String indicatorCode, Scope scope, YearMonth month) {
        Optional<IndicatorTarget> own = scope.municipalityCode()
                .flatMap(code -> repository.inForce(indicatorCode, code, month.atDay(1)).stream().findFirst());
        return own.or(() -> repository.inForce(indicatorCode, null, month.atDay(1)).stream().findFirst())
                .map(t -> OptionalDouble.of(t.targetValue())).orElse(OptionalDouble.empty());
    }

    private static Indicator indicator(String code) {
        try {
            return IndicatorCatalogue.get(code);
        } catch (IllegalArgumentException unknown) {
            throw new Refused("targets.refused.indicator");
        }
    }

    private static TargetRow row(IndicatorTarget t) {
        return new TargetRow(t.id(), t.indicatorCode(), t.municipalityCode(), t.targetValue(),
                YearMonth.from(t.startMonth()), t.setBy(), t.setAt());
    }
}
