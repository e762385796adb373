/**
 * The read side the dashboards are built from: one {@code XxxStatistics} per page, aggregate SQL
 * into small records, scoped by the signed-in user's role. Pages live in {@code ui}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "security", "municipality", "statistics", "importing", "survey", "casework"})
package dk.samspil.dashboard;
