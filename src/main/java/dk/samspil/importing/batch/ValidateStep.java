package dk.samspil.importing.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.samspil.importing.ImportHistory;
import dk.samspil.importing.file.FileValidation;
import dk.samspil.importing.file.ImportMode;
import dk.samspil.importing.file.RowError;
import dk.samspil.importing.file.ValidationReport;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Step 1: reads the whole file and checks every row before anything is written. A rejected file
 * fails the job; a file with a CPR-like value is also deleted at once.
 */
@Component
class ValidateStep implements Tasklet {

    /** The job's context key of the valid rows' municipalities, comma-separated codes. */
    static final String MUNICIPALITIES = "municipalities";

    private final ReferenceSource references;
    private final ImportHistory reports;
    private final Clock clock;

    ValidateStep(ReferenceSource references, ImportHistory reports, Clock clock) {
        this.references = references;
        this.reports = reports;
        this.clock = clock;
    }

    /** Why the file as a whole was refused, in the report's words. */
    static String rejection(ValidationReport report) {
        if (report.cprFound()) {
            return "import.rejected.cpr";
        }
        if (report.unreadable()) {
            return "import.rejected.unreadable";
        }
        if (report.headerRejected()) {
            return "import.rejected.header";
        }
        if (report.mode() == ImportMode.LENIENT && report.invalidRows() > 0) {
            return "import.rejected.too-many-invalid";
        }
        return "import.rejected.invalid";
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        ImportParameters parameters = ImportParameters.of(chunkContext.getStepContext().getStepExecution().getJobParameters());
        if (!Files.isReadable(parameters.file())) {
            reports.rejected(parameters.importId(), "import.rejected.file-gone", List.of(), 0, 0, 0);
            throw new ImportRejectedException("import.rejected.file-gone");
        }
        FileValidation validation = new FileValidation(references.open());
        ValidationReport report = validation.validate(parameters.file(), parameters.kind(), parameters.mode(),
                LocalDate.now(clock), parameters.period());
        contribution.incrementReadCount();
        if (report.cprFound() || !report.readToEnd()) {
            // not kept: it holds personal data (docs/import-formats.md), or was not read far enough to know
            Files.deleteIfExists(parameters.file());
        }
        // the warnings (columns ignored in lenient mode) first: they explain the rest
        List<RowError> problems = new ArrayList<>(report.warnings());
        problems.addAll(report.errors());
        long problemCount = report.warnings().size() + report.errorCount();
        if (report.decision() == ValidationReport.Decision.REJECTED) {
            String reason = rejection(report);
            reports.rejected(parameters.importId(), reason, problems, problemCount, report.rowsRead(),
                    report.invalidRows());
            throw new ImportRejectedException(reason);
        }
        reports.validated(parameters.importId(), problems, problemCount, report.rowsRead(), report.invalidRows());
        // the write step streams and must know the municipalities (their waves) before the first row
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putString(MUNICIPALITIES, report.municipalities().stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(",")));
        return RepeatStatus.FINISHED;
    }
}
