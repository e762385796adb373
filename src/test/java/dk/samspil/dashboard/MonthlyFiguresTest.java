package dk.samspil.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

import dk.samspil.importing.ImportService;
import dk.samspil.importing.ImportStatus;
import dk.samspil.importing.file.FileKind;
import dk.samspil.importing.file.ImportMode;
import dk.samspil.importing.file.ProposedImport;
import dk.samspil.support.Samples;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pre-aggregated monthly tables say what the raw rows say, and follow each import. */
@SpringBootTest
class MonthlyFiguresTest {

    @Autowired
    MonthlyFigures figures;
    @Autowired
    ImportService imports;
    @Autowired
    JdbcClient jdbc;

    @Test
    void every_municipality_month_adds_up_to_the_raw_rows() {
        figures.refreshAll();

        assertThat(rows("""
                SELECT CONCAT(municipality_code, ' ', period, ' ', meetings, ' ', citizen_present, ' ', participants_sum)
                FROM meeting_month_figures WHERE meetings > 0 ORDER BY 1""")).isNotEmpty().isEqualTo(rows("""
                SELECT CONCAT(municipality_code, ' ', DATE_FORMAT(held_on, '%Y-%m-01'), ' ', COUNT(*), ' ',
                              SUM(citizen_present), ' ', COALESCE(SUM(participants), 0))
                FROM network_meeting GROUP BY municipality_code, DATE_FORMAT(held_on, '%Y-%m-01') ORDER BY 1"""));
        assertThat(rows("""
                SELECT CONCAT(municipality_code, ' ', period, ' ', case_months, ' ', bed_days, ' ', stable_housing, '/', housing_reported)
                FROM outcome_month_figures ORDER BY 1""")).isNotEmpty().isEqualTo(rows("""
                SELECT CONCAT(c.municipality_code, ' ', o.period, ' ', COUNT(*), ' ', SUM(o.bed_days), ' ',
                              COALESCE(SUM(o.housing = 'STABLE'), 0), '/', COUNT(o.housing))
                FROM monthly_outcome o JOIN citizen_case c ON c.id = o.case_id GROUP BY c.municipality_code, o.period ORDER BY 1"""));
        assertThat(rows("""
                SELECT CONCAT(municipality_code, ' ', active_cases) FROM case_month_figures
                WHERE period = DATE_FORMAT(CURDATE() - INTERVAL 1 MONTH, '%Y-%m-01') ORDER BY 1""")).isEqualTo(rows("""
                SELECT CONCAT(municipality_code, ' ', COUNT(*)) FROM citizen_case
                WHERE enrolled_on <= LAST_DAY(CURDATE() - INTERVAL 1 MONTH)
                  AND (ended_on IS NULL OR ended_on > LAST_DAY(CURDATE() - INTERVAL 1 MONTH))
                GROUP BY municipality_code ORDER BY 1"""));
        assertThat(jdbc.sql("SELECT SUM(enrolled) FROM case_month_figures").query(Long.class).single())
                .as("each case counted once, in its enrolment month")
                .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM citizen_case").query(Long.class).single());
    }

    @Test
    void an_import_rebuilds_the_figures_of_the_municipalities_it_touched() throws IOException {
        for (String name : List.of("cases-2026-10.csv", "meetings-2026-10.csv")) {
            try (InputStream in = Files.newInputStream(Samples.path(name))) {
                FileKind kind = FileKind.fromFileName(name).orElseThrow();
                assertThat(imports.importAs("test", in, new ImportService.ImportRequest(name, kind,
                        ProposedImport.fromFileName(name).orElseThrow().period(), ImportMode.STRICT)).status())
                        .isEqualTo(ImportStatus.COMPLETED);
            }
        }

        assertThat(jdbc.sql("SELECT meetings FROM meeting_month_figures WHERE municipality_code = 461 AND period = '2026-10-01'")
                .query(Long.class).single())
                .isEqualTo(jdbc.sql("""
                        SELECT COUNT(*) FROM network_meeting WHERE municipality_code = 461
                        AND held_on BETWEEN '2026-10-01' AND '2026-10-31'""").query(Long.class).single())
                .isPositive();
    }

    private List<String> rows(String sql) {
        return jdbc.sql(sql).query(String.class).list();
    }
}
