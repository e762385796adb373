package dk.samspil.benchmark;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.SplittableRandom;

import dk.samspil.SamspilApplication;
import dk.samspil.importing.ImportService;
import dk.samspil.importing.ImportStatus;
import dk.samspil.importing.ImportSummary;
import dk.samspil.importing.file.FileKind;
import dk.samspil.importing.file.ImportMode;
import dk.samspil.importing.file.ImportPeriod;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * A 1,000,000-row survey-responses file: (a) LOAD DATA LOCAL INFILE of the same rows into a scratch
 * table, then (b) our import job, validation included, on the same MariaDB in the same run. Run
 * with {@code ./mvnw -Pbenchmark verify -Dbenchmark.class=ImportBenchmark}; figures go in
 * docs/benchmarks.md.
 */
public final class ImportBenchmark {

    private static final int ROWS = 1_000_000;
    private static final List<String> ITEMS = List.of("PS1", "PS4", "PS7", "RCL1", "RCL2", "RCL3", "RCL4",
            "RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7");
    private static final int[] MUNICIPALITIES = {580, 420, 530, 561, 430, 563, 607, 510, 440, 621, 482, 410, 480, 450,
            461, 479, 540, 550, 573, 575, 630, 492};
    private static final String[] SECTORS = {"PSYCHIATRY", "SOCIAL_SERVICES", "SUBSTANCE_TREATMENT", "JOB_CENTRE",
            "GENERAL_PRACTICE", "NGO"};

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Files.createTempFile("survey-responses-2026-09-", ".csv");
        generate(file);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SamspilApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .properties("spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration", "logging.level.root=WARN")
                .run(args)) {
            double load = loadData(context.getEnvironment(), file);
            System.out.printf("(a) LOAD DATA LOCAL INFILE: %,d rows in %.2f s = %,.0f rows/s%n", ROWS, load, ROWS / load);
            ImportService imports = context.getBean(ImportService.class);
            long start = System.nanoTime();
            ImportSummary summary;
            try (InputStream in = Files.newInputStream(file)) {
                summary = imports.importAs("benchmark", in, new ImportService.ImportRequest("survey-responses-2026-09.csv",
                        FileKind.SURVEY_RESPONSES, ImportPeriod.parse("2026-09"), ImportMode.STRICT));
            }
            double job = (System.nanoTime() - start) / 1e9;
            if (summary.status() != ImportStatus.COMPLETED || summary.rowsWritten() != ROWS) {
                throw new IllegalStateException("the import did not write the file: " + summary);
            }
            System.out.printf("(b) import job incl. validation: %,d rows in %.2f s = %,.0f rows/s%n", ROWS, job, ROWS / job);
            System.out.printf("ratio (b)/(a) = %.2f%n", load / job);
            context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class).sql("""
                            SELECT STEP_NAME, TIMESTAMPDIFF(MICROSECOND, START_TIME, END_TIME) / 1e6 FROM BATCH_STEP_EXECUTION
                            WHERE JOB_EXECUTION_ID = ? ORDER BY STEP_EXECUTION_ID""")
                    .param(summary.jobExecutionId())
                    .query((rs, n) -> "  step " + rs.getString(1) + ": " + rs.getString(2) + " s").list()
                    .forEach(System.out::println);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void generate(Path file) throws java.io.IOException {
        SplittableRandom random = new SplittableRandom(20261123L);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("response_ref,wave,municipality_code,sector,item_code,score\n");
            for (int row = 0; row < ROWS; row++) {
                int respondent = row / ITEMS.size();
                String item = ITEMS.get(row % ITEMS.size());
                int max = item.startsWith("RC") && !item.startsWith("RCL") ? 5 : 7;
                out.write("R" + respondent + ",2026-09," + MUNICIPALITIES[respondent % MUNICIPALITIES.length] + ","
                        + SECTORS[(respondent / MUNICIPALITIES.length) % SECTORS.length] + "," + item + ","
                        + (1 + random.nextInt(max)) + "\n");
            }
        }
    }

    private static double loadData(Environment environment, Path file) throws Exception {
        String url = environment.getProperty("spring.datasource.url");
        try (Connection connection = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "allowLocalInfile=true",
                environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password"));
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_load");
            statement.execute("""
                    CREATE TABLE bench_load (response_ref VARCHAR(64) NOT NULL, wave CHAR(7) NOT NULL,
                        municipality_code SMALLINT NOT NULL, sector VARCHAR(24) NOT NULL, item_code VARCHAR(8) NOT NULL,
                        score TINYINT NOT NULL) ENGINE = InnoDB""");
            long start = System.nanoTime();
            statement.execute("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath()
                    + "' INTO TABLE bench_load FIELDS TERMINATED BY ',' LINES TERMINATED BY '\\n' IGNORE 1 LINES");
            double seconds = (System.nanoTime() - start) / 1e9;
            statement.execute("DROP TABLE bench_load");
            return seconds;
        }
    }
}
