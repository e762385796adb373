/**
 * The steering group's quarterly report: a tagged PDF made on the server (docs/decisions/0023) from
 * the same services the dashboards read — dashboard's statistics, survey's results with the
 * anonymity rule, the import history's deliveries — never its own SQL on answers or cases. Charts
 * are SVG drawn here from the series the pages chart. Reached as {@code /report} and as the
 * {@code report} command.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "security", "municipality", "statistics",
        "dashboard", "survey", "importing", "casework"})
package dk.samspil.report;
