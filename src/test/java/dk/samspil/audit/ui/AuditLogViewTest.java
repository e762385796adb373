package dk.samspil.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;
import dk.samspil.audit.AuditEntry;
import dk.samspil.audit.AuditLog;
import dk.samspil.audit.AuditOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The audit page without a browser: every entry reachable, the filters from the URL, the chain check. */
@SpringBootTest
@ViewPackages(packages = "dk.samspil")
@WithUserDetails("data")
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditLog log;

    /** The page with a query string, as a link would open it. */
    private AuditLogView open(String query) {
        UI.getCurrent().navigate("audit", QueryParameters.fromString(query));
        return (AuditLogView) getCurrentView();
    }

    @SuppressWarnings("unchecked")
    private List<AuditEntry> rows(AuditLogView view, int offset, int limit) {
        return view.grid.getDataProvider().fetch(new Query<>(offset, limit, List.of(), null, null)).toList();
    }

    @Test
    void every_entry_is_reachable_a_page_at_a_time_not_only_the_newest_500() {
        for (int i = 0; i < 620; i++) {
            log.record("pager", "VIEW_CASE", "case " + i, AuditOutcome.ALLOWED, i % 2 == 0 ? 461 : 563);
        }
        AuditLogView view = open("user=pager");

        assertThat(view.grid.getDataProvider().size(new Query<>())).isEqualTo(620);
        assertThat(view.count.getText()).isEqualTo("620 registreringer");
        assertThat(rows(view, 0, 1).getFirst().target()).as("newest first").isEqualTo("case 619");
        assertThat(rows(view, 600, 50)).hasSize(20).last().extracting(AuditEntry::target).isEqualTo("case 0");

        AuditLogView odense = open("user=pager&municipality=461&action=VIEW_CASE");
        assertThat(odense.filters.municipality.getValue().name()).isEqualTo("Odense");
        assertThat(odense.filters.action.getValue()).isEqualTo("VIEW_CASE");
        assertThat(odense.grid.getDataProvider().size(new Query<>())).isEqualTo(310);
        assertThat(rows(odense, 0, 400)).allMatch(entry -> entry.municipalityCode() == 461);
    }

    @Test
    void the_days_are_danish_days_both_included() {
        log.record("day-filter", "SIGN_IN", null, AuditOutcome.ALLOWED);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"));
        AuditLogView view = open("user=day-filter&from=" + today + "&to=" + today);
        assertThat(view.grid.getDataProvider().size(new Query<>())).isEqualTo(1);
        AuditLogView yesterday = open("user=day-filter&to=" + today.minusDays(1));
        assertThat(yesterday.grid.getDataProvider().size(new Query<>())).isZero();
    }

    @Test
    void a_filter_chosen_goes_into_the_url() {
        AuditLogView view = open("");
        test(view.filters.user).setValue("leder.odense");
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters()).isEqualTo("audit?user=leder.odense");
    }

    @Test
    void the_chain_check_says_intact_with_the_head_hash_and_is_itself_recorded() {
        AuditLogView view = open("action=VERIFY_AUDIT_CHAIN");
        int before = view.grid.getDataProvider().size(new Query<>());

        test(view.verify).click();

        assertThat(view.verified.getText()).startsWith("Revisionskæden er intakt").matches("(?s).*hash [0-9a-f]{64}.*");
        assertThat(view.grid.getDataProvider().size(new Query<>())).isEqualTo(before + 1);
        assertThat(view.filters.actionName("VERIFY_AUDIT_CHAIN")).isEqualTo("Kontrollerede revisionskæden");
        assertThat(view.filters.actionName("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
    }
}
