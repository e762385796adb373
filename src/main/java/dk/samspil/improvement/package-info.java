/**
 * Targets and improvement actions (issue 12): the steering group's target per indicator for the
 * programme or a municipality, and the actions a municipal lead (own municipality) or the steering
 * group (programme or any municipality) records to move an indicator or a survey construct. Owns
 * {@code indicator_target} and {@code improvement_action}; both are edited through JPA and every
 * change or refusal is audited. The dashboards read them through the ports
 * {@link dk.samspil.dashboard.TargetLookup} and {@link dk.samspil.dashboard.ActionMarkers}, which
 * is why this module depends on dashboard and not the other way round; it uses the indicator
 * catalogue there, security for the reader, audit, base for the CPR guard and municipality for names.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "security", "audit", "dashboard",
        "municipality"})
package dk.samspil.improvement;
