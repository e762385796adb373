package dk.samspil.dashboard;

import java.time.YearMonth;
import java.util.OptionalDouble;

/**
 * The target in force for an indicator, for the dashboards' assurance icon. Implemented by the
 * improvement module, which owns the targets: the dashboards read through this port, so they need
 * not depend on the module that sets them.
 */
public interface TargetLookup {

    /**
     * The target for the scope in the month, in the indicator's own unit (a share as 0–1); a
     * municipality without its own target has the programme's; empty when none is set.
     */
    OptionalDouble target(String indicatorCode, Scope scope, YearMonth month);
}
