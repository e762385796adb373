package dk.samspil.importing.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dk.samspil.importing.ImportHistory;
import dk.samspil.importing.file.FileKind;
import dk.samspil.importing.file.FileValidation;
import dk.samspil.importing.file.ValidationReport;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Step 1: reads the whole file and checks every row before anything is written. A rejected file
 * fails the job; a file with a CPR-like value is also deleted at once. Survey answers, which come by
 * the million, are checked by the write step while it loads them instead (one pass over the file,
 * rolled back if the file is rejected: docs/decisions/0030); here only that the file is there.
 */
@Component
class ValidateStep implements Tasklet {

    private final ReferenceSource references;
    private final ImportHistory reports;
    private final ValidationRecord record;
    private final Clock clock;

    ValidateStep(ReferenceSource references, ImportHistory reports, ValidationRecord record, Clock clock) {
        this.references = references;
        this.reports = reports;
        this.record = record;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        ImportParameters parameters = ImportParameters.of(chunkContext.getStepContext().getStepExecution().getJobParameters());
        if (!Files.isReadable(parameters.file())) {
            reports.rejected(parameters.importId(), "import.rejected.file-gone", List.of(), 0, 0, 0);
            throw new ImportRejectedException("import.rejected.file-gone");
        }
        if (parameters.kind() == FileKind.SURVEY_RESPONSES) {
            return RepeatStatus.FINISHED;
        }
        ValidationReport report = new FileValidation(references.open()).validate(parameters.file(), parameters.kind(),
                parameters.mode(), LocalDate.now(clock), parameters.period());
        contribution.incrementReadCount();
        record.keep(parameters, report);
        return RepeatStatus.FINISHED;
    }
}
