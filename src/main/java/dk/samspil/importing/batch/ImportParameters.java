package dk.samspil.importing.batch;

import java.nio.file.Path;

import dk.samspil.importing.file.FileKind;
import dk.samspil.importing.file.ImportMode;
import dk.samspil.importing.file.ImportPeriod;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job's identifying parameters: one import (its id), its file, kind, period and mode. A
 * restart runs the same instance again with the same file.
 */
public record ImportParameters(long importId, Path file, FileKind kind, ImportPeriod period, ImportMode mode) {

    JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addLong("importId", importId)
                .addString("file", file.toString())
                .addString("kind", kind.fileName())
                .addString("period", period.toString())
                .addString("mode", mode.name())
                .toJobParameters();
    }

    static ImportParameters of(JobParameters parameters) {
        return new ImportParameters(parameters.getLong("importId"), Path.of(parameters.getString("file")),
                FileKind.fromCode(parameters.getString("kind")).orElseThrow(),
                ImportPeriod.parse(parameters.getString("period")), ImportMode.valueOf(parameters.getString("mode")));
    }
}
