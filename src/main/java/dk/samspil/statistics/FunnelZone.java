package dk.samspil.statistics;

/** Where a municipality's value lies in a funnel plot (Spiegelhalter 2005). */
public enum FunnelZone {

    /** Within the 95 % limits: indistinguishable from the target. */
    WITHIN_95,

    /** Between the 95 % and the 99.8 % limits: worth a look, not different. */
    BETWEEN_95_AND_99_8,

    /** Beyond the 99.8 % limits: the only zone the dashboards call different. */
    BEYOND_99_8;

    /** The value is "different" from the programme (only outside the 99.8 % funnel). */
    public boolean different() {
        return this == BEYOND_99_8;
    }
}
