/**
 * The statistics behind the dashboards, small enough to own and test ourselves:
 * run charts with the Anhøj rules, P, U and I control limits, funnel limits, intervals for
 * rankings, before/after changes per case and the small-cell rule. Plain Java on numbers and
 * records: no Spring and no other Samspil module, so every method is tested against published or
 * hand-computed values without a database.
 */
package dk.samspil.statistics;
