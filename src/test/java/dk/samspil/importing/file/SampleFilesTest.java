package dk.samspil.importing.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dk.samspil.casework.CaseStatus;
import dk.samspil.municipality.Sector;
import dk.samspil.support.Samples;

/**
 * The repository's sample files (src/test/resources/samples): UTF-8 English and their Danish-Excel
 * twins. The folders are listed, not named file by file, so a sample added there is checked too.
 */
class SampleFilesTest {

    private final FileValidation validation = new FileValidation(new FakeReferences());

    /** Every sample file, UTF-8 and Danish Excel. */
    static Stream<Path> sampleFiles() {
        return Stream.concat(Samples.names(Samples.folder()).stream().map(Samples::path),
                Samples.names(Samples.danishExcelFolder()).stream().map(Samples::danishExcel));
    }

    static Stream<String> samples() {
        return Samples.names(Samples.folder()).stream();
    }

    @ParameterizedTest
    @MethodSource("sampleFiles")
    void every_sample_file_validates_without_errors_in_strict_mode_for_the_kind_and_period_its_name_proposes(Path file)
            throws IOException {
        ProposedImport proposed = ProposedImport.fromFileName(file.getFileName().toString()).orElseThrow(
                () -> new AssertionError(file + " is not named <kind>-<period>[-<anything>].csv"));

        ValidationReport report = validation.validate(file, proposed.kind(), ImportMode.STRICT, TestFiles.TODAY,
                proposed.period());

        assertThat(report.errors()).as(file.toString()).isEmpty();
        assertThat(report.warnings()).as(file.toString()).isEmpty();
        assertThat(report.decision()).as(file.toString()).isEqualTo(ValidationReport.Decision.ACCEPTED);
        assertThat(report.rowsRead()).as(file.toString()).isPositive().isEqualTo(report.validRows());
        assertThat(report.cprFound()).isFalse();
    }

    @Test
    void there_is_a_sample_of_every_file_kind_and_a_danish_excel_twin_of_every_sample() {
        List<String> names = Samples.names(Samples.folder());

        assertThat(names.stream().map(FileKind::fromFileName).flatMap(Optional::stream).distinct())
                .containsExactlyInAnyOrder(FileKind.values());
        assertThat(Samples.names(Samples.danishExcelFolder())).isEqualTo(names);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void the_danish_excel_twin_gives_exactly_the_same_lines_as_the_utf8_english_file(String name) throws IOException {
        FileKind kind = FileKind.fromFileName(name).orElseThrow();

        List<ImportLine> english = lines(Samples.path(name), kind);
        List<ImportLine> danish = lines(Samples.danishExcel(name), kind);

        assertThat(english).hasSizeGreaterThan(10);
        assertThat(danish).isEqualTo(english);
    }

    @Test
    void the_twins_are_read_as_utf8_with_commas_and_as_windows_1252_with_semicolons() throws IOException {
        String name = "self-assessments-2026-Q3.csv";

        ValidationReport english = validation.validate(Samples.path(name), FileKind.SELF_ASSESSMENTS,
                ImportMode.STRICT, TestFiles.TODAY);
        ValidationReport danish = validation.validate(Samples.danishExcel(name),
                FileKind.SELF_ASSESSMENTS, ImportMode.STRICT, TestFiles.TODAY);

        assertThat(english.encoding()).isEqualTo("UTF-8");
        assertThat(english.delimiter()).isEqualTo(",");
        assertThat(danish.encoding()).isEqualTo("windows-1252");
        assertThat(danish.delimiter()).isEqualTo(";");
    }

    @Test
    void danish_letters_and_doubled_quotes_come_through_from_windows_1252() throws IOException {
        List<ImportLine> lines = lines(Samples.danishExcel("self-assessments-2026-Q3.csv"),
                FileKind.SELF_ASSESSMENTS);

        assertThat(lines.get(1)).isEqualTo(new SelfAssessmentLine(461, new YearQuarter(2026, 3), "E2", 4,
                "Rollerne er ved at være på plads, men beslutninger tager lang tid"));
        assertThat(lines.get(4)).isEqualTo(new SelfAssessmentLine(461, new YearQuarter(2026, 3), "E5", 3,
                "Fælles møde med jobcenter og psykiatri hver 14. dag"));
        assertThat(lines.get(5)).isEqualTo(new SelfAssessmentLine(461, new YearQuarter(2026, 3), "E6", 5,
                "Borgeren oplever \"én plan\""));
        assertThat(((SelfAssessmentLine) lines.getFirst()).note()).isNull();
    }

    @Test
    void danish_codes_day_first_dates_and_plus_separated_sectors_become_typed_values() throws IOException {
        List<ImportLine> meetings = lines(Samples.danishExcel("meetings-2026-10.csv"), FileKind.MEETINGS);

        assertThat(meetings.get(1)).isEqualTo(new MeetingLine(461, "M-461-00002", "ODE-0002", LocalDate.of(2026, 10, 18),
                MeetingType.CRISIS, Set.of(Sector.PSYCHIATRY, Sector.SOCIAL_SERVICES, Sector.NGO), true,
                PlanStatus.UNCHANGED, 5, LocalDate.of(2026, 11, 15), 60, 5));
        assertThat(((MeetingLine) meetings.get(6)).durationMinutes()).isNull();
    }

    @Test
    void decimal_commas_and_danish_housing_codes_become_the_same_values_as_the_english_file() throws IOException {
        List<ImportLine> outcomes = lines(Samples.danishExcel("outcomes-2026-10.csv"), FileKind.OUTCOMES);

        assertThat(outcomes.getFirst()).isEqualTo(new OutcomeLine(461, "ODE-0001", YearMonth.of(2026, 10), 1, 8, 1, 3,
                Housing.HOMELESS, Employment.FLEX, new BigDecimal("3.5"), null));
        assertThat(((OutcomeLine) outcomes.get(2)).coherenceScore()).isEqualByComparingTo("4");
        assertThat(((OutcomeLine) outcomes.get(5)).coherenceScore()).isNull();
    }

    @Test
    void cases_keep_status_sector_and_age_band() throws IOException {
        List<ImportLine> cases = lines(Samples.danishExcel("cases-2026-10.csv"), FileKind.CASES);

        assertThat(cases.get(5)).isEqualTo(new CaseLine(461, "ODE-0006", LocalDate.of(2025, 12, 21), CaseStatus.PAUSED,
                null, Sector.SOCIAL_SERVICES, "45-54"));
    }

    private static List<ImportLine> lines(Path file, FileKind kind) throws IOException {
        List<ImportLine> lines = new ArrayList<>();
        new FileValidation(new FakeReferences()).forEachValidLine(file, kind, TestFiles.TODAY, null, lines::add);
        return lines;
    }
}
