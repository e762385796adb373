package dk.samspil.improvement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import dk.samspil.dashboard.IndicatorCatalogue;
import dk.samspil.improvement.ActionDraft;
import dk.samspil.improvement.ActionStatus;
import dk.samspil.improvement.ActionSummary;
import dk.samspil.improvement.ImprovementActions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Targets and Improvement actions pages on the demo programme, without a browser. */
@SpringBootTest
@ViewPackages(packages = "dk.samspil")
class ImprovementPagesTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImprovementActions actions;
    @Autowired
    Clock clock;

    @AfterEach
    void clean() {
        jdbc.sql("DELETE FROM indicator_target").update();
        jdbc.sql("DELETE FROM improvement_action").update();
    }

    @Test
    @WithUserDetails("styregruppe")
    void the_steering_group_sets_a_readmissions_target_for_the_programme_in_the_page() {
        TargetsView view = navigate(TargetsView.class);
        assertThat(view.indicator.getListDataView().getItems())
                .as("neutral indicators have no target").noneMatch(i -> i.key().equals("ACTIVE_CASES"));
        test(view.indicator).selectItem(IndicatorCatalogue.get("READMISSIONS").name().da());
        view.value.setValue(0.02);
        view.start.setValue(YearMonth.now(clock).minusMonths(6));
        test(view.save).click();

        assertThat(view.message.getText())
                .isEqualTo("Målet for Akutte genindlæggelser inden 30 dage pr. forløbsmåned, Hele programmet, er nu 0,02.");
        assertThat(view.grid.getGenericDataView().getItems()).singleElement()
                .satisfies(row -> assertThat(row.value()).isEqualTo(0.02));
    }

    @Test
    @WithUserDetails("styregruppe")
    void a_share_is_typed_in_per_cent_and_stored_as_a_share() {
        TargetsView view = navigate(TargetsView.class);
        view.indicator.setValue(IndicatorCatalogue.get("STABLE_HOUSING"));
        view.value.setValue(80.0);
        test(view.save).click();
        assertThat(jdbc.sql("SELECT target_value FROM indicator_target").query(Double.class).single()).isEqualTo(0.8);
        assertThat(view.message.getText()).endsWith("er nu 80 %.");
    }

    @Test
    @WithUserDetails("leder.odense")
    void a_lead_records_an_action_for_odense_in_the_dialog_and_changes_its_status() {
        ActionsView view = navigate(ActionsView.class);
        test(view.create).click();
        ActionDialog dialog = find(ActionDialog.class).single();
        assertThat(dialog.unit.getListDataView().getItems()).as("a lead records for their own municipality only")
                .singleElement().satisfies(unit -> assertThat(unit.orElseThrow().name()).isEqualTo("Odense"));
        dialog.title.setValue("Fælles morgenmøde med psykiatrien");
        dialog.role.setValue("teamleder i socialpsykiatrien");
        dialog.indicators.setValue(Set.of(IndicatorCatalogue.get("ADMISSIONS")));
        test(dialog.save).click();

        ActionSummary saved = view.grid.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(saved.municipalityCode()).isEqualTo(461);
        assertThat(saved.review()).isEqualTo(LocalDate.now(clock).plusMonths(3));
        assertThat(view.summary.getText()).isEqualTo("1 tiltag, heraf 0 med forfalden gennemgang.");

        view.open(saved);
        ActionDialog edit = find(ActionDialog.class).last();
        edit.status.setValue(ActionStatus.ACTIVE);
        edit.review.setValue(LocalDate.now(clock).minusDays(1));
        test(edit.save).click();
        assertThat(edit.problem.getText()).as("a review before the start").isEqualTo("Gennemgangen kan ikke ligge før starten.");
        edit.review.setValue(LocalDate.now(clock).plusMonths(6));
        test(edit.save).click();
        assertThat(view.grid.getGenericDataView().getItems()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(ActionStatus.ACTIVE);
            assertThat(a.review()).isEqualTo(LocalDate.now(clock).plusMonths(6));
        });
    }

    @Test
    @WithUserDetails("leder.odense")
    void an_overdue_review_is_counted_on_the_page() {
        actions.create(new ActionDraft("Opfølgning inden 14 dage", "teamleder", LocalDate.now(clock).minusMonths(4),
                LocalDate.now(clock).minusDays(3), ActionStatus.ACTIVE, 461, Set.of("FOLLOW_UPS_KEPT")));
        ActionsView view = navigate(ActionsView.class);
        assertThat(view.summary.getText()).isEqualTo("1 tiltag, heraf 1 med forfalden gennemgang.");
    }

    @Test
    @WithUserDetails("leder.odense")
    void a_name_like_phone_number_in_who_is_refused_in_words_and_the_dialog_stays_open() {
        ActionsView view = navigate(ActionsView.class);
        test(view.create).click();
        ActionDialog dialog = find(ActionDialog.class).single();
        dialog.title.setValue("Ring til borgeren");
        dialog.role.setValue("Hanne, 20 30 40 50");
        dialog.indicators.setValue(Set.of(IndicatorCatalogue.get("CITIZEN_PRESENT")));
        test(dialog.save).click();
        assertThat(dialog.problem.getText()).startsWith("Teksten ser ud til at indeholde personoplysninger");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(view.grid.getGenericDataView().getItems()).isEmpty();
    }

    @Test
    @WithUserDetails("styregruppe")
    void the_steering_group_may_record_for_the_programme() {
        ActionsView view = navigate(ActionsView.class);
        test(view.create).click();
        ActionDialog dialog = find(ActionDialog.class).single();
        assertThat(dialog.unit.getValue()).isEqualTo(Optional.empty());
        assertThat(dialog.unit.getListDataView().getItems()).hasSize(23);
        actions.create(new ActionDraft("Fælles skabelon", "programleder", LocalDate.now(clock), LocalDate.now(clock),
                ActionStatus.PLANNED, null, Set.of("CURRENT_PLAN")));
    }
}
