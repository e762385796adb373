package dk.samspil.importing.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileKindTest {

    @Test
    void the_kind_and_month_are_read_from_the_file_name() {
        assertThat(ProposedImport.fromFileName("meetings-2026-10-odense.csv")).contains(
                new ProposedImport(FileKind.MEETINGS, ImportPeriod.ofMonth(YearMonth.of(2026, 10))));
        assertThat(ProposedImport.fromFileName("/inbox/Survey-Responses-2026-01.CSV")).contains(
                new ProposedImport(FileKind.SURVEY_RESPONSES, ImportPeriod.ofMonth(YearMonth.of(2026, 1))));
        assertThat(FileKind.fromFileName("C:\\data\\outcomes-2026-10.csv")).contains(FileKind.OUTCOMES);
    }

    @Test
    void a_self_assessment_file_proposes_a_quarter() {
        ProposedImport proposed = ProposedImport.fromFileName("self-assessments-2026-Q3.csv").orElseThrow();

        assertThat(proposed.kind()).isEqualTo(FileKind.SELF_ASSESSMENTS);
        assertThat(proposed.period().toString()).isEqualTo("2026-Q3");
        assertThat(ProposedImport.fromFileName("self-assessments-2026K3-fanoe.csv").orElseThrow().period())
                .isEqualTo(proposed.period());
        assertThat(ProposedImport.fromFileName("self-assessments-2026-09.csv").orElseThrow().period())
                .isEqualTo(proposed.period());
    }

    @ParameterizedTest
    @ValueSource(strings = {"meetings-2026-13.csv", "meetings.csv", "meetings-2026-10.txt", "cases-2026-Q3.csv",
            "visits-2026-10.csv", "meetings-202610.csv", "meetings-2026-10odense.csv"})
    void other_names_propose_nothing(String name) {
        assertThat(ProposedImport.fromFileName(name)).isEmpty();
    }

    @Test
    void kinds_are_named_as_in_the_contract() {
        assertThat(FileKind.SURVEY_RESPONSES.fileName()).isEqualTo("survey-responses");
        assertThat(FileKind.fromCode("Self-Assessments")).contains(FileKind.SELF_ASSESSMENTS);
        assertThat(FileKind.fromCode("visits")).isEmpty();
    }

    @Test
    void a_period_is_parsed_and_printed_as_a_month_or_a_quarter() {
        assertThat(ImportPeriod.parse("2026-10").toString()).isEqualTo("2026-10");
        assertThat(ImportPeriod.parse("2026K3").toString()).isEqualTo("2026-Q3");
        assertThat(ImportPeriod.parse("2026-Q3").contains(YearMonth.of(2026, 9))).isTrue();
        assertThat(ImportPeriod.parse("2026-Q3").contains(YearMonth.of(2026, 10))).isFalse();
    }
}
