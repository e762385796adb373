/**
 * Monthly outcome figures per case (admissions, bed days, readmissions, housing, employment,
 * citizen-experienced coherence, coercion). Depends on casework for the cases they belong to.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"casework"})
package dk.samspil.outcome;
