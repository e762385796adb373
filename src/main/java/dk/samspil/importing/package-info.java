/**
 * The monthly import (docs/import-formats.md): the files are read and validated in {@code file}, run
 * as one Spring Batch job in {@code batch} (validation a step of its own, then one atomic write
 * through the owning modules' import APIs), started by upload, inbox or command line, and reported
 * on the Imports page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "security", "audit", "municipality",
        "casework", "outcome", "survey"})
package dk.samspil.importing;
