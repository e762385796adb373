/**
 * The read side the dashboards are built from: one {@code XxxStatistics} per page, aggregate SQL
 * into small records, scoped by the signed-in user's role. Pages live in {@code ui}. Owns the
 * pre-aggregated monthly tables and their stale markers: {@code MonthlyFigures} builds them from
 * casework's and outcome's rows, {@code FiguresCatchUp} decides when (decision 0009).
 * Records every download of a chart's figures in the audit log ({@code FiguresDownloadAudit}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "security", "municipality", "statistics", "importing", "survey", "casework", "audit"})
package dk.samspil.dashboard;
