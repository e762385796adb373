/**
 * The audit log: who looked at or changed what. Any module may
 * record; only data managers read it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package dk.samspil.audit;
