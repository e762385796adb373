package dk.samspil.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import dk.samspil.importing.file.FileKind;
import dk.samspil.importing.file.ImportMode;
import dk.samspil.importing.file.ProposedImport;
import dk.samspil.support.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, items 7 and 9, through the real job on the real database: one encoding a file, and
 * reports that say what happened in plain words.
 */
@SpringBootTest
class ImportReportsTest {

    private static final ImportReportText ENGLISH = new ImportReportText(Locale.ENGLISH);

    @Autowired
    ImportService imports;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void cases() throws IOException {
        try (InputStream in = Files.newInputStream(Samples.path("cases-2026-10.csv"))) {
            imports.importAs("test", in, request("cases-2026-10.csv", ImportMode.STRICT));
        }
    }

    @Test
    void one_windows_1252_line_in_a_utf8_file_is_an_error_of_its_line_not_a_file_decoded_as_windows_1252()
            throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write("municipality_code,quarter,element,score,note\n".getBytes(StandardCharsets.UTF_8));
        int line = 1;
        int windowsLine = 0;
        for (int municipality : new int[] {461, 563}) {
            for (int element = 1; element <= 6; element++) {
                line++;
                Charset charset = line == 8 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
                windowsLine = line == 8 ? line : windowsLine;
                file.write((municipality + ",2026-Q3,E" + element + ",4,Rollerne er ved at være på plads\n")
                        .getBytes(charset));
            }
        }
        String before = notes();

        ImportSummary summary = run(file.toByteArray(), "self-assessments-2026-Q3.csv", ImportMode.STRICT);

        assertThat(summary.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(imports.reportOf(summary.id())).extracting(ENGLISH::line).containsExactly("Line " + windowsLine
                + ": This line is not UTF-8, the encoding of the rest of the file (it looks like Windows-1252); "
                + "save the file again with one encoding.");
        assertThat(notes()).as("nothing stored, no \"vÃ¦re pÃ¥\"").isEqualTo(before).doesNotContain("Ã");
    }

    @Test
    void lenient_mode_lists_the_unknown_columns_it_ignored() throws IOException {
        List<String> lines = Files.readAllLines(Samples.path("meetings-2026-10.csv"));
        StringBuilder file = new StringBuilder(lines.getFirst()).append(",kommentar\n");
        lines.stream().skip(1).forEach(line -> file.append(line).append(",x\n"));

        ImportSummary summary = run(file.toString().getBytes(StandardCharsets.UTF_8), "meetings-2026-10.csv",
                ImportMode.LENIENT);

        assertThat(summary.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(imports.reportOf(summary.id())).extracting(ENGLISH::line)
                .containsExactly("Line 1, Column kommentar: Unknown column kommentar was ignored.");
    }

    @Test
    void a_report_that_stops_at_a_thousand_problems_says_how_many_more_there_are() {
        StringBuilder file = new StringBuilder("response_ref,wave,municipality_code,sector,item_code,score\n");
        for (int i = 0; i < 1500; i++) {
            file.append("R").append(i).append(",2026-10,461,PSY,PS1,9\n");
        }

        ImportSummary summary = run(file.toString().getBytes(StandardCharsets.UTF_8), "survey-responses-2026-10.csv",
                ImportMode.STRICT);

        List<ReportedError> report = imports.reportOf(summary.id());
        assertThat(report).hasSize(1001);
        assertThat(ENGLISH.line(report.getLast())).isEqualTo("500 more problems are not listed here: the report shows "
                + "the first 1000. Correct these and import the file again to see the rest.");
    }

    @Test
    void a_binary_utf16_or_nul_file_is_refused_as_such_with_its_line_not_as_a_file_with_invalid_rows() {
        byte[] utf16 = "meeting_ref,case_ref\nM-1,ODE-0001\n".getBytes(StandardCharsets.UTF_16);
        byte[] nul = "meeting_ref,case_ref\nM-1,ODE-0001\nM-2\u0000,ODE-0002\n".getBytes(StandardCharsets.UTF_8);
        byte[] utf16WithoutMark = "meeting_ref,case_ref\n".getBytes(StandardCharsets.UTF_16LE);

        ImportSummary withMark = run(utf16, "meetings-2026-10.csv", ImportMode.STRICT);
        ImportSummary withNul = run(nul, "meetings-2026-10.csv", ImportMode.STRICT);
        ImportSummary withoutMark = run(utf16WithoutMark, "meetings-2026-10.csv", ImportMode.STRICT);

        for (ImportSummary refused : List.of(withMark, withNul, withoutMark)) {
            assertThat(refused.rejection()).isEqualTo("import.rejected.unreadable");
            assertThat(ENGLISH.text(refused.rejection())).startsWith("The file could not be read as a CSV file")
                    .doesNotContain("invalid rows");
            assertThat(ImportCommandLine.exitCode(refused)).isEqualTo(ImportCommandLine.REJECTED);
        }
        assertThat(imports.reportOf(withMark.id())).extracting(ENGLISH::line).containsExactly(
                "The file is saved as UTF-16; save it as CSV (UTF-8) or CSV (semicolon-separated).");
        assertThat(imports.reportOf(withNul.id())).extracting(ENGLISH::line).singleElement().asString()
                .startsWith("Line 3: This is not a text file (CSV): it holds a NUL byte");
        assertThat(imports.reportOf(withoutMark.id())).extracting(ENGLISH::line).singleElement().asString()
                .startsWith("Line 1: This is not a text file (CSV)").contains("UTF-16");
    }

    @Test
    void a_lenient_rejection_says_it_is_over_the_one_percent_limit() throws IOException {
        String meetings = Files.readString(Samples.path("meetings-2026-10.csv"));
        String broken = meetings.replaceFirst("2026-10-28", "2026-13-28");

        ImportSummary summary = run(broken.getBytes(StandardCharsets.UTF_8), "meetings-2026-10.csv", ImportMode.LENIENT);

        assertThat(summary.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(summary.rejection()).isEqualTo("import.rejected.too-many-invalid");
        assertThat(ENGLISH.text(summary.rejection())).contains("More than 1 % of the rows are invalid");
    }

    @Test
    void excels_sep_line_is_understood_the_separator_taken_and_the_line_skipped() throws IOException {
        byte[] danishExcel = Files.readAllBytes(Samples.danishExcelFolder().resolve("meetings-2026-10.csv"));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write("sep=;\r\n".getBytes(StandardCharsets.US_ASCII));
        file.write(danishExcel);

        ImportSummary summary = run(file.toByteArray(), "meetings-2026-10.csv", ImportMode.STRICT);

        assertThat(summary.status()).as(String.valueOf(imports.reportOf(summary.id()))).isEqualTo(ImportStatus.COMPLETED);
        assertThat(summary.rowsRead()).isEqualTo(run(danishExcel, "meetings-2026-10.csv", ImportMode.STRICT).rowsRead());
        assertThat(imports.reportOf(summary.id())).isEmpty();
    }

    private String notes() {
        return String.join("|", jdbc.sql("""
                SELECT CONCAT_WS(',', municipality_code, element, note) FROM core_element_assessment
                WHERE year = 2026 AND quarter = 3 ORDER BY 1""").query(String.class).list());
    }

    private ImportSummary run(byte[] content, String name, ImportMode mode) {
        return imports.importAs("test", new ByteArrayInputStream(content), request(name, mode));
    }

    private static ImportService.ImportRequest request(String name, ImportMode mode) {
        return new ImportService.ImportRequest(name, FileKind.fromFileName(name).orElseThrow(),
                ProposedImport.fromFileName(name).orElseThrow().period(), mode);
    }
}
