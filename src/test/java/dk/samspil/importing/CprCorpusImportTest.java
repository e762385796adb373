package dk.samspil.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import dk.samspil.importing.file.FileKind;
import dk.samspil.importing.file.ImportMode;
import dk.samspil.importing.file.ImportPeriod;
import dk.samspil.support.CprCorpus;
import dk.samspil.support.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The CPR guard played by someone who formats the number (issue: {@code 010190 1234},
 * {@code 010190–1234} and full-width digits were stored and shown): the generated corpus of written
 * forms through the real import job on the real database, in every file kind and in strict and
 * lenient mode. Every form of a valid date rejects its file, line and column named; none is stored
 * in any text column of any table, written to the log or quoted in the report. The same forms of
 * dates that do not exist, and ordinary values, are imported as they are.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class CprCorpusImportTest {

    /** Each kind's sample, and the column a person's number would most likely be typed into. */
    private static final Map<String, String> SAMPLE_AND_COLUMN = new LinkedHashMap<>();

    static {
        SAMPLE_AND_COLUMN.put("cases-2026-10.csv", "case_ref");
        SAMPLE_AND_COLUMN.put("meetings-2026-10.csv", "meeting_ref");
        SAMPLE_AND_COLUMN.put("outcomes-2026-10.csv", "case_ref");
        SAMPLE_AND_COLUMN.put("survey-responses-2026-10.csv", "response_ref");
        SAMPLE_AND_COLUMN.put("self-assessments-2026-Q3.csv", "note");
    }

    @Autowired
    ImportService imports;
    @Autowired
    ImportHistory history;
    @Autowired
    JdbcClient jdbc;

    @Test
    void every_written_form_in_every_kind_rejects_the_file_in_both_modes_naming_each_line(CapturedOutput log)
            throws IOException {
        List<String> variants = CprCorpus.validSample();
        assertThat(variants).hasSizeGreaterThan(500);
        List<Long> ids = new ArrayList<>();
        for (Map.Entry<String, String> kind : SAMPLE_AND_COLUMN.entrySet()) {
            String file = fileWith(kind.getKey(), kind.getValue(), variants);
            for (ImportMode mode : ImportMode.values()) {
                ImportSummary summary = run(file, kind.getKey(), mode);

                assertThat(summary.status()).as(kind.getKey() + " " + mode).isEqualTo(ImportStatus.FAILED);
                assertThat(summary.rejection()).isEqualTo("import.rejected.cpr");
                assertThat(summary.rowsWritten()).isZero();
                assertThat(imports.reportOf(summary.id()))
                        .filteredOn(e -> e.reasonKey().equals("import.error.cpr-number"))
                        .extracting(e -> e.line() + ":" + e.column())
                        .as("every line named with its column, %s %s", kind.getKey(), mode)
                        .containsExactlyElementsOf(IntStream.rangeClosed(2, variants.size() + 1)
                                .mapToObj(line -> line + ":" + kind.getValue()).toList());
                ids.add(summary.id());
            }
        }
        assertNowhere(ids, log);
    }

    @Test
    void each_form_alone_rejects_its_file_also_in_a_column_the_kind_does_not_know(CapturedOutput log) throws IOException {
        List<String> all = new ArrayList<>(CprCorpus.validVariants());
        java.util.Collections.shuffle(all, new Random(10));
        List<String> chosen = new ArrayList<>(List.of("010190 4821", "010190\u20134821",
                "\uFF10\uFF11\uFF10\uFF11\uFF19\uFF10\uFF14\uFF18\uFF12\uFF11"));
        chosen.addAll(all.subList(0, 25));
        List<Long> ids = new ArrayList<>();
        String header = Files.readAllLines(Samples.path("cases-2026-10.csv")).getFirst();
        String row = Files.readAllLines(Samples.path("cases-2026-10.csv")).get(1);
        for (int i = 0; i < chosen.size(); i++) {
            String value = quoted(chosen.get(i));
            String file = i % 2 == 0
                    ? header + "\n" + value + row.substring(row.indexOf(',')) + "\n"
                    : header + ",bemaerkning_2\n" + row + "," + value + "\n";
            ImportMode mode = i % 3 == 0 ? ImportMode.STRICT : ImportMode.LENIENT;
            ImportSummary summary = run(file, "cases-2026-10.csv", mode);
            assertThat(summary.rejection()).as(chosen.get(i) + " " + mode).isEqualTo("import.rejected.cpr");
            assertThat(imports.reportOf(summary.id())).filteredOn(e -> e.reasonKey().equals("import.error.cpr-number"))
                    .extracting(ReportedError::line, ReportedError::column)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, i % 2 == 0 ? "case_ref" : "bemaerkning_2"));
            ids.add(summary.id());
        }
        assertNowhere(ids, log);
    }

    @Test
    void a_self_assessment_note_with_a_spaced_number_is_refused_and_its_file_name_is_not_kept(CapturedOutput log)
            throws IOException {
        String file = "municipality_code,quarter,element,score,note\n461,2026-Q3,E1,4,\"Borgeren 010190 1234 ringede\"\n";

        ImportSummary summary = imports.importAs("test", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                new ImportService.ImportRequest("self-assessments-2026-Q3-010190 4821.csv", FileKind.SELF_ASSESSMENTS,
                        ImportPeriod.parse("2026-Q3"), ImportMode.STRICT));

        assertThat(summary.rejection()).isEqualTo("import.rejected.cpr");
        assertThat(summary.fileName()).doesNotContain("4821").doesNotContain("010190");
        assertThat(imports.reportOf(summary.id())).extracting(e -> e.line() + ":" + e.column()).containsExactly("2:note");
        assertNowhere(List.of(summary.id()), log, "0101901234");
    }

    @Test
    void forms_of_dates_that_do_not_exist_and_ordinary_values_are_imported_as_they_are() {
        List<String> values = new ArrayList<>(CprCorpus.invalidSample());
        values.addAll(CprCorpus.ordinary());
        List<Integer> municipalities = jdbc.sql("SELECT code FROM municipality ORDER BY code").query(Integer.class).list();
        int perQuarter = municipalities.size() * 6;
        Set<String> stored = new HashSet<>();
        // quarters long before the demo programme's, so no other test's figures change
        for (int start = 0, q = 0; start < values.size(); start += perQuarter, q++) {
            String quarter = (2010 + q / 4) + "-Q" + (q % 4 + 1);
            List<String> chunk = values.subList(start, Math.min(values.size(), start + perQuarter));
            StringBuilder file = new StringBuilder("municipality_code,quarter,element,score,note\n");
            for (int i = 0; i < chunk.size(); i++) {
                file.append(municipalities.get(i / 6)).append(',').append(quarter).append(",E").append(i % 6 + 1)
                        .append(",3,").append(quoted(chunk.get(i))).append('\n');
            }
            ImportSummary summary = imports.importAs("test",
                    new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)),
                    new ImportService.ImportRequest("self-assessments-" + quarter + ".csv", FileKind.SELF_ASSESSMENTS,
                            ImportPeriod.parse(quarter), ImportMode.STRICT));
            assertThat(summary.status()).as(quarter + ": " + imports.reportOf(summary.id())).isEqualTo(ImportStatus.COMPLETED);
            stored.addAll(jdbc.sql("SELECT note FROM core_element_assessment WHERE year = ? AND quarter = ?")
                    .params(2010 + q / 4, q % 4 + 1).query(String.class).list());
        }
        assertThat(stored).containsExactlyInAnyOrderElementsOf(new HashSet<>(values));
    }

    private void assertNowhere(List<Long> importIds, CapturedOutput log, String... more) {
        List<String> numbers = new ArrayList<>(CprCorpus.validNumbers());
        numbers.addAll(List.of(more));
        String schema = jdbc.sql("SELECT DATABASE()").query(String.class).single();
        List<String[]> columns = jdbc.sql("""
                        SELECT table_name, column_name FROM information_schema.columns
                        WHERE table_schema = ? AND data_type IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext',
                            'longtext', 'enum', 'set', 'json', 'binary', 'varbinary', 'blob', 'mediumblob', 'longblob')""")
                .param(schema).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        assertThat(columns).as("text columns").hasSizeGreaterThan(40);
        for (String[] column : columns) {
            List<String> values = jdbc.sql("SELECT DISTINCT CAST(`" + column[1] + "` AS CHAR) FROM `" + column[0]
                    + "` WHERE `" + column[1] + "` IS NOT NULL").query(String.class).list();
            for (String value : values) {
                String digits = digitsOnly(value);
                assertThat(numbers).as("stored in %s.%s", column[0], column[1]).noneMatch(digits::contains);
            }
        }
        List<String> report = new ArrayList<>();
        for (long id : importIds) {
            for (ReportedError error : imports.reportOf(id)) {
                report.add(error.column() + " " + String.join(" ", error.arguments()));
                report.add(new ImportReportText(Locale.of("da")).line(error));
                report.add(new ImportReportText(Locale.ENGLISH).line(error));
            }
            ImportSummary summary = history.find(id).orElseThrow();
            report.add(summary.fileName() + " " + summary.rejection());
        }
        assertThat(report).as("the report").noneMatch(line -> numbers.stream().anyMatch(digitsOnly(line)::contains));
        assertThat(log.getAll().lines()).as("the log").noneMatch(line -> numbers.stream().anyMatch(digitsOnly(line)::contains));
    }

    /**
     * The digits of a text in ASCII, everything else left out: an oracle apart from the code under
     * test, stricter than it (it joins digits whatever stands between them).
     */
    private static String digitsOnly(String text) {
        StringBuilder digits = new StringBuilder();
        Normalizer.normalize(text, Normalizer.Form.NFKC).codePoints().forEach(c -> {
            int digit = Character.digit(c, 10);
            if (digit >= 0) {
                digits.append((char) ('0' + digit));
            }
        });
        return digits.toString();
    }

    private static String fileWith(String sample, String column, List<String> values) throws IOException {
        List<String> lines = Files.readAllLines(Samples.path(sample));
        List<String> header = List.of(lines.getFirst().split(",", -1));
        int position = header.indexOf(column);
        List<String> row = new ArrayList<>(List.of(lines.get(1).split(",", -1)));
        StringBuilder file = new StringBuilder(lines.getFirst()).append('\n');
        for (String value : values) {
            row.set(position, quoted(value));
            file.append(String.join(",", row)).append('\n');
        }
        return file.toString();
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private ImportSummary run(String content, String name, ImportMode mode) {
        FileKind kind = FileKind.fromFileName(name).orElseThrow();
        ImportPeriod period = dk.samspil.importing.file.ProposedImport.fromFileName(name).orElseThrow().period();
        return imports.importAs("test", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                new ImportService.ImportRequest(name, kind, period, mode));
    }
}
