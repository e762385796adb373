/**
 * Reading and validating the monthly import files of the data contract
 * ({@code docs/import-formats.md}): encoding and delimiter detection, a bounded streaming tokenizer,
 * header mapping, Danish value conventions, CPR detection and per-row checks, ending in a
 * {@link dk.samspil.importing.file.ValidationReport} and a stream of typed
 * {@link dk.samspil.importing.file.ImportLine}s for the writer. Plain Java, no Spring: the checks
 * that need the database come in through {@link dk.samspil.importing.file.ReferenceCheck}.
 * Start at {@link dk.samspil.importing.file.FileValidation}.
 */
package dk.samspil.importing.file;
