package dk.samspil.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The regional demo programme, generated for a fixed date, as the dashboards and their users rely
 * on it. The shared test schema already holds the run's demo fixture (generated at start-up, on
 * today's date), so this test generates into a schema of its own and drops it afterwards.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final DemoScale SCALE = DemoScale.REGIONAL;

    private final JdbcTemplate shared;
    private final String url;
    private final String username;
    private final String password;
    private String schema;
    private JdbcTemplate jdbc;
    private DemoSummary summary;

    @Autowired
    DemoDataGeneratorTest(JdbcTemplate shared, @Value("${spring.datasource.url}") String url,
                          @Value("${spring.datasource.username:}") String username,
                          @Value("${spring.datasource.password:}") String password) {
        this.shared = shared;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    @BeforeAll
    void generate_the_regional_programme_into_a_fresh_schema() {
        schema = shared.queryForObject("SELECT DATABASE()", String.class) + "_demo";
        String schemaUrl = url.replaceFirst("^(jdbc:mariadb://[^/]+/)[^?;]*", "$1" + schema);
        assertThat(schemaUrl).as("the test database URL names a schema").contains(schema);
        shared.execute("DROP DATABASE IF EXISTS " + schema);
        shared.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        DataSource dataSource = new DriverManagerDataSource(schemaUrl, username, password);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        summary = new DemoDataGenerator(jdbc, new DataSourceTransactionManager(dataSource)).generate(SCALE, TODAY);
    }

    @AfterAll
    void drop_the_schema() {
        if (schema != null) {
            shared.execute("DROP DATABASE IF EXISTS " + schema);
        }
    }

    @Test
    void every_one_of_the_22_municipalities_enrols_between_5_and_15_cases() {
        List<Integer> perMunicipality = jdbc.queryForList(
                "SELECT COUNT(*) FROM citizen_case GROUP BY municipality_code ORDER BY municipality_code",
                Integer.class);

        assertThat(perMunicipality).hasSize(22).allSatisfy(cases -> assertThat(cases).isBetween(5, 15));
        assertThat(summary.municipalities()).isEqualTo(22);
        assertThat(summary.cases()).isEqualTo(perMunicipality.stream().mapToInt(Integer::intValue).sum());
        assertThat(jdbc.queryForList("SELECT case_ref FROM citizen_case WHERE municipality_code = 492", String.class))
                .as("Ærø's references, folded to ASCII").allMatch(ref -> ref.matches("AER-\\d{4}"));
    }

    @Test
    void no_meeting_is_in_the_future_before_its_cases_enrolment_or_after_the_case_ended() {
        Integer misplaced = jdbc.queryForObject("""
                SELECT COUNT(*) FROM network_meeting m JOIN citizen_case c ON c.id = m.case_id
                WHERE m.held_on > ? OR m.held_on < c.enrolled_on OR m.held_on > c.ended_on""",
                Integer.class, Date.valueOf(TODAY));

        assertThat(misplaced).isZero();
        assertThat(summary.meetings()).isEqualTo(count("SELECT COUNT(*) FROM network_meeting"));
        assertThat(count("SELECT COUNT(DISTINCT municipality_code) FROM network_meeting")).isEqualTo(22);
    }

    @Test
    void a_few_small_municipalities_fall_below_the_anonymity_threshold_and_most_do_not() {
        List<Integer> groups = jdbc.queryForList(
                "SELECT COUNT(*) FROM survey_response GROUP BY wave_id, municipality_code", Integer.class);

        assertThat(groups).hasSize(24 * 22).anyMatch(respondents -> respondents < 5);
        assertThat(groups.stream().filter(respondents -> respondents >= 5).count())
                .isGreaterThan(groups.size() * 3L / 4);
        assertThat(summary.surveyResponses()).isEqualTo(count("SELECT COUNT(*) FROM survey_response"));
        assertThat(summary.surveyAnswers()).isEqualTo(count("SELECT COUNT(*) FROM survey_answer"));
    }

    @Test
    void admissions_per_case_and_month_are_lower_after_enrolment_than_before() {
        String average = """
                SELECT AVG(o.psychiatric_admissions) FROM monthly_outcome o JOIN citizen_case c ON c.id = o.case_id
                WHERE o.period %s DATE_FORMAT(c.enrolled_on, '%%Y-%%m-01')""";
        Double before = jdbc.queryForObject(average.formatted("<"), Double.class);
        Double after = jdbc.queryForObject(average.formatted(">"), Double.class);

        assertThat(before).isNotNull();
        assertThat(after).isNotNull().isLessThan(before);
    }

    @Test
    void reverse_scored_items_are_answered_the_other_way_round() {
        String average = """
                SELECT AVG(a.score) FROM survey_answer a JOIN survey_item i ON i.id = a.item_id
                WHERE i.item_code IN (%s)""";
        Double reversed = jdbc.queryForObject(average.formatted("'PS1', 'PS3', 'PS5'"), Double.class);
        Double straight = jdbc.queryForObject(average.formatted("'PS2', 'PS4', 'PS6', 'PS7'"), Double.class);

        assertThat(reversed).isNotNull();
        assertThat(straight).isNotNull().isGreaterThan(reversed + 0.5);
    }

    @Test
    void every_month_has_a_wave_for_every_municipality_and_only_the_current_one_is_open() {
        assertThat(count("SELECT COUNT(*) FROM survey_wave")).isEqualTo(24);
        assertThat(jdbc.queryForList(
                "SELECT CAST(period AS CHAR) FROM survey_wave WHERE status = 'OPEN'", String.class))
                .containsExactly("2026-11-01");
        assertThat(count("SELECT COUNT(*) FROM survey_wave_municipality")).isEqualTo(24 * 22);
    }

    @Test
    void every_municipality_has_imported_last_months_files_with_that_months_row_counts() {
        assertThat(jdbc.queryForObject("SELECT CAST(MAX(period) AS CHAR) FROM import_record", String.class))
                .isEqualTo("2026-10-01");
        assertThat(count("SELECT COUNT(DISTINCT municipality_code) FROM import_record WHERE period = '2026-10-01'"))
                .isEqualTo(22);
        assertThat(count("""
                SELECT COUNT(*) FROM import_record r
                WHERE r.kind = 'meetings' AND r.rows_written <> (
                    SELECT COUNT(*) FROM network_meeting m
                    WHERE m.municipality_code = r.municipality_code
                      AND m.held_on >= r.period AND m.held_on < r.period + INTERVAL 1 MONTH)""")).isZero();
    }

    @Test
    void the_cases_are_the_ones_a_second_run_with_the_same_seed_makes() {
        DemoWindow window = DemoWindow.of(TODAY, SCALE.months());
        List<Municipality> roster = jdbc.query("SELECT code, name, region_code FROM municipality ORDER BY code",
                (rs, row) -> new Municipality(rs.getInt("code"), rs.getString("name"), rs.getInt("region_code")));
        Ids ids = Ids.inMemory();
        List<String> again = new ArrayList<>();
        for (Municipality municipality : roster) {
            MunicipalityProfile profile = MunicipalityProfile.of(municipality, SCALE);
            for (CaseRow c : new CaseGenerator().generate(profile, window, SCALE.seed(), 0, ids)) {
                again.add(String.join(",", c.caseRef(), c.enrolledOn().toString(), c.status()));
            }
        }

        List<String> stored = jdbc.queryForList(
                "SELECT CONCAT_WS(',', case_ref, enrolled_on, status) FROM citizen_case ORDER BY id", String.class);
        assertThat(stored).containsExactlyElementsOf(again);
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }
}
