package dk.samspil.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import dk.samspil.base.chart.ChartPanel;
import dk.samspil.importing.ImportService;
import dk.samspil.support.SignIn;
import dk.samspil.survey.Invitations;
import dk.samspil.survey.SurveyResultsCsv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Every kind of download leaves an entry with who, what and which municipality: a chart's figures
 * (on a dashboard, through the figures block the download link calls), a wave's results, the
 * invitation links, an import's report and the audit log itself.
 */
@SpringBootTest
@ViewPackages(packages = "dk.samspil")
class AuditedDownloadsTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SurveyResultsCsv resultsCsv;
    @Autowired
    Invitations invitations;
    @Autowired
    ImportService imports;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditLog auditLog;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    @WithUserDetails("leder.odense")
    void a_charts_figures_downloaded_on_a_dashboard_are_recorded_with_the_pages_municipality() {
        UI.getCurrent().navigate("meetings", QueryParameters.fromString("municipality=461"));
        ChartPanel panel = find(ChartPanel.class).all().stream().filter(p -> p.figures.isVisible()).findFirst().orElseThrow();

        byte[] csv = panel.figures.download(UI.getCurrent());

        assertThat(csv).isNotEmpty();
        assertThat(last("leder.odense")).startsWith("DOWNLOAD_FIGURES meetings-").contains(".csv ?").contains("municipality=461")
                .endsWith("ALLOWED 461");
    }

    @Test
    void a_waves_results_are_recorded() {
        SignIn.as(users, "styregruppe");
        long wave = jdbc.sql("SELECT MAX(id) FROM survey_wave WHERE status = 'CLOSED'").query(Long.class).single();

        resultsCsv.municipalityComparison(wave, Locale.of("da"), key -> key);

        assertThat(last("styregruppe")).startsWith("DOWNLOAD_SURVEY_RESULTS wave " + wave + ", ").endsWith("ALLOWED -");
    }

    @Test
    void the_invitation_links_are_recorded_with_their_municipality_and_another_municipalitys_are_refused() {
        SignIn.as(users, "leder.odense");

        String csv = invitations.csv(7, 461, List.of("https://samspil.example/survey/abc", "https://samspil.example/survey/def"));

        assertThat(csv).isEqualTo("\uFEFFlink\r\nhttps://samspil.example/survey/abc\r\nhttps://samspil.example/survey/def\r\n");
        assertThat(last("leder.odense")).isEqualTo("DOWNLOAD_INVITATIONS wave 7, 2 links ALLOWED 461");
        assertThatThrownBy(() -> invitations.csv(7, 563, List.of("x"))).isInstanceOf(AccessDeniedException.class);
        assertThat(last("leder.odense")).isEqualTo("DOWNLOAD_INVITATIONS wave 7 DENIED 563");
    }

    @Test
    void an_imports_report_is_recorded_with_the_imports_municipality() {
        SignIn.as(users, "data");
        long id = jdbc.sql("SELECT MAX(id) FROM import_record WHERE municipality_code IS NOT NULL").query(Long.class).single();
        int municipality = jdbc.sql("SELECT municipality_code FROM import_record WHERE id = ?").param(id)
                .query(Integer.class).single();

        imports.reportCsv(id, Locale.of("da"), key -> key, error -> error.reasonKey());

        assertThat(last("data")).isEqualTo("DOWNLOAD_IMPORT_REPORT import " + id + " ALLOWED " + municipality);
    }

    @Test
    void the_audit_log_exported_is_itself_recorded_with_its_filter() {
        SignIn.as(users, "data");
        auditLog.record("leder.odense", "SIGN_IN", null, AuditOutcome.ALLOWED, 461);
        String csv = trail.csv(new AuditFilter("leder.odense", null, null, null, 461), Locale.of("da"), key -> key);

        assertThat(csv).startsWith("\uFEFFaudit.id;audit.when;");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).as("a Danish date, dd-mm-åååå")
                .matches("\\d+;\\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2}:\\d{2};leder\\.odense;.*");
        assertThat(last("data")).startsWith("EXPORT_AUDIT_LOG filter user=leder.odense municipality=461, ")
                .endsWith("ALLOWED 461");
    }

    @Test
    void the_audit_log_exported_from_the_english_ui_has_commas_and_iso_dates() {
        SignIn.as(users, "data");
        auditLog.record("leder.odense", "SIGN_IN", null, AuditOutcome.ALLOWED, 461);
        String csv = trail.csv(new AuditFilter("leder.odense", null, null, null, 461), Locale.ENGLISH, key -> key);

        assertThat(csv).startsWith("\uFEFFaudit.id,audit.when,audit.who,");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).as("an ISO date")
                .matches("\\d+,\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},leder\\.odense,.*");
    }

    @Test
    void only_a_data_manager_reads_or_exports_the_audit_log() {
        SignIn.as(users, "leder.odense");
        assertThatThrownBy(() -> trail.csv(AuditFilter.ALL, Locale.of("da"), key -> key)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trail.page(AuditFilter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(trail::verifyChain).isInstanceOf(AccessDeniedException.class);
    }

    private String last(String username) {
        return jdbc.sql("""
                        SELECT CONCAT_WS(' ', action, target, outcome, COALESCE(municipality_code, '-')) FROM audit_log
                        WHERE username = ? ORDER BY id DESC LIMIT 1""")
                .param(username).query(String.class).single();
    }
}
