package dk.samspil.importing.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dk.samspil.casework.CaseImport;
import dk.samspil.importing.ImportCompleted;
import dk.samspil.importing.ImportHistory;
import dk.samspil.importing.ReportedError;
import dk.samspil.importing.file.CaseLine;
import dk.samspil.importing.file.CheckedLines;
import dk.samspil.importing.file.FileKind;
import dk.samspil.importing.file.FileValidation;
import dk.samspil.importing.file.ImportLine;
import dk.samspil.importing.file.MeetingLine;
import dk.samspil.importing.file.OutcomeLine;
import dk.samspil.importing.file.SelfAssessmentLine;
import dk.samspil.importing.file.SurveyResponseLine;
import dk.samspil.importing.file.ValidLines;
import dk.samspil.municipality.Municipalities;
import dk.samspil.municipality.Municipality;
import dk.samspil.outcome.OutcomeImport;
import dk.samspil.survey.SelfAssessmentImport;
import dk.samspil.survey.SmallChangeRefused;
import dk.samspil.survey.SurveyProblem;
import dk.samspil.survey.SurveyResponseImport;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Step 2: writes the valid rows, replacing each (kind, municipality, period) scope, all in the
 * step's one transaction: a reader never sees half a month, and a job stopped half way has written
 * nothing, so a restart ends with exactly the file's rows.
 */
@Component
class WriteStep implements Tasklet {

    private final ReferenceSource references;
    private final CaseImport cases;
    private final OutcomeImport outcomes;
    private final SurveyResponseImport surveys;
    private final SelfAssessmentImport assessments;
    private final ImportHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Municipalities municipalities;
    private final ValidationRecord record;

    WriteStep(ReferenceSource references, CaseImport cases, OutcomeImport outcomes, SurveyResponseImport surveys,
              SelfAssessmentImport assessments, ImportHistory history, ApplicationEventPublisher events, Clock clock,
              Municipalities municipalities, ValidationRecord record) {
        this.municipalities = municipalities;
        this.record = record;
        this.references = references;
        this.cases = cases;
        this.outcomes = outcomes;
        this.surveys = surveys;
        this.assessments = assessments;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        ImportParameters parameters = ImportParameters.of(chunkContext.getStepContext().getStepExecution().getJobParameters());
        FileValidation validation = new FileValidation(references.open());
        Set<Integer> written;
        try {
            written = parameters.kind() == FileKind.SURVEY_RESPONSES
                    ? streamSurvey(parameters, validation, contribution)
                    : grouped(parameters, validation, contribution);
        } catch (SmallChangeRefused refused) {
            // the step's transaction rolls back: the whole file changes nothing (docs/decisions/0011)
            String municipality = municipalities.byCode(refused.municipalityCode()).map(Municipality::name)
                    .orElse(String.valueOf(refused.municipalityCode()));
            history.refusedAtWrite(parameters.importId(), refused.messageKey(), new ReportedError(0, null,
                    refused.respondents() == 0 ? "import.error.small-difference.same-count" : "import.error.small-difference",
                    List.of(refused.month().toString(), municipality, String.valueOf(refused.respondents()))));
            throw new ImportRejectedException(refused.messageKey());
        } catch (SurveyProblem refused) {
            history.refusedAtWrite(parameters.importId(), refused.messageKey(), null);
            throw new ImportRejectedException(refused.messageKey());
        }
        history.written(parameters.importId(), written, Math.toIntExact(contribution.getWriteCount()));
        events.publishEvent(new ImportCompleted(parameters.importId(), parameters.kind().fileName(),
                Set.copyOf(written), parameters.period().first(), parameters.period().last()));
        deleteAfterCommit(parameters.file());
        return RepeatStatus.FINISHED;
    }

    /**
     * Survey answers, the kind that comes by the million: checked and streamed from the file into the
     * database in one pass (docs/decisions/0020, 0030), never held. The validation report is kept
     * once the file has been read; a rejected file rolls the step back, so nothing it loaded stays.
     */
    private Set<Integer> streamSurvey(ImportParameters parameters, FileValidation validation,
                                      StepContribution contribution) throws IOException {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = parameters.period().first(); !month.isAfter(parameters.period().last());
             month = month.plusMonths(1)) {
            months.add(month);
        }
        contribution.incrementReadCount();
        Set<Integer> municipalities = new TreeSet<>();
        try (CheckedLines lines = validation.check(parameters.file(), parameters.kind(), parameters.mode(),
                LocalDate.now(clock), parameters.period())) {
            contribution.incrementWriteCount(surveys.replace(months, List.of(), new SurveyResponseImport.FileAnswers() {
                @Override
                public SurveyResponseImport.FileAnswer next() throws IOException {
                    SurveyResponseLine line = (SurveyResponseLine) lines.next();
                    if (line == null) {
                        return null;
                    }
                    municipalities.add(line.municipalityCode());
                    return new SurveyResponseImport.FileAnswer(line.municipalityCode(), line.wave(),
                            new SurveyResponseImport.ImportedAnswer(line.responseRef(), line.sector(), line.itemCode(),
                                    line.score()));
                }

                @Override
                public void end() throws IOException {
                    record.keep(parameters, lines.report());
                }
            }));
        }
        return municipalities;
    }

    /** The kinds that come by the thousand: grouped by municipality in memory, then each scope replaced. */
    private Set<Integer> grouped(ImportParameters parameters, FileValidation validation, StepContribution contribution)
            throws IOException {
        Map<Integer, List<ImportLine>> byMunicipality = new TreeMap<>();
        try (ValidLines lines = validation.openValidLines(parameters.file(), parameters.kind(), LocalDate.now(clock),
                parameters.period())) {
            for (ImportLine line = lines.next(); line != null; line = lines.next()) {
                byMunicipality.computeIfAbsent(line.municipalityCode(), code -> new ArrayList<>()).add(line);
            }
        }
        for (Map.Entry<Integer, List<ImportLine>> scope : byMunicipality.entrySet()) {
            contribution.incrementWriteCount(write(parameters, scope.getKey(), scope.getValue()));
        }
        return byMunicipality.keySet();
    }

    /** Only once the rows are committed: until then the file is what "Run again" needs. */
    private static void deleteAfterCommit(Path file) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // UploadRetention deletes a completed import's file on its next round
                }
            }
        });
    }

    private int write(ImportParameters parameters, int municipality, List<ImportLine> lines) {
        return switch (parameters.kind()) {
            case CASES -> cases.upsertCases(municipality, lines.stream().map(CaseLine.class::cast)
                    .map(l -> new CaseImport.CaseRecord(l.caseRef(), l.enrolledOn(), l.status(), l.endedOn(),
                            l.keyCoordinatorSector(), l.ageBand())).toList());
            case MEETINGS -> perMonth(parameters, month -> cases.replaceMeetings(municipality, month,
                    lines.stream().map(MeetingLine.class::cast).filter(l -> YearMonth.from(l.heldOn()).equals(month))
                            .map(l -> new CaseImport.MeetingRecord(l.meetingRef(), l.caseRef(), l.heldOn(),
                                    l.meetingType().name(), new TreeSet<>(l.sectorsPresent()), l.citizenPresent(),
                                    l.planStatus().name(), l.actionsAgreed(), l.nextFollowUpOn(), l.durationMinutes(),
                                    l.participants())).toList()));
            case OUTCOMES -> perMonth(parameters, month -> outcomes.replaceMonth(municipality, month,
                    lines.stream().map(OutcomeLine.class::cast).filter(l -> l.period().equals(month))
                            .map(l -> new OutcomeImport.OutcomeRecord(l.caseRef(), l.psychiatricAdmissions(), l.bedDays(),
                                    l.acuteReadmissions30d(), l.emergencyContacts(),
                                    l.housing() == null ? null : l.housing().name(),
                                    l.employment() == null ? null : l.employment().name(), l.coherenceScore(),
                                    l.coerciveMeasures())).toList()));
            case SURVEY_RESPONSES -> throw new IllegalStateException("survey answers are streamed");
            case SELF_ASSESSMENTS -> {
                List<SelfAssessmentLine> scores = lines.stream().map(SelfAssessmentLine.class::cast).toList();
                int count = 0;
                for (var quarter : scores.stream().map(SelfAssessmentLine::quarter).distinct().toList()) {
                    count += assessments.replaceQuarter(municipality, quarter.year(), quarter.quarter(), scores.stream()
                            .filter(l -> l.quarter().equals(quarter))
                            .map(l -> new SelfAssessmentImport.ElementScore(l.element(), l.score(), l.note())).toList());
                }
                yield count;
            }
        };
    }

    /** A file replaces every month of its period, also a month it has no rows for. */
    private static int perMonth(ImportParameters parameters, java.util.function.ToIntFunction<YearMonth> replace) {
        int count = 0;
        for (YearMonth month = parameters.period().first(); !month.isAfter(parameters.period().last());
             month = month.plusMonths(1)) {
            count += replace.applyAsInt(month);
        }
        return count;
    }
}
