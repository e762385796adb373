/**
 * Cases (pseudonymous citizens), their network meetings and action plans. Case-level data is
 * role-scoped here, in the service: only the case's own municipal lead and the data manager see it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "security", "audit", "municipality"})
package dk.samspil.casework;
