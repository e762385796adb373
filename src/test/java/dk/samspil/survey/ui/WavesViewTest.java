package dk.samspil.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dk.samspil.municipality.Municipality;
import dk.samspil.survey.SurveyWaves;
import dk.samspil.survey.Wave;
import dk.samspil.survey.WaveKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Opening and closing a wave from the page, for the roles allowed; refused for the others. */
@SpringBootTest
@ViewPackages(packages = "dk.samspil")
class WavesViewTest extends SpringBrowserlessTest {

    @Autowired
    SurveyWaves waves;

    @Test
    @WithUserDetails("data")
    void the_data_manager_opens_a_wave_from_the_form_and_closes_it_from_the_list() {
        WavesView view = navigate(WavesView.class);
        YearMonth next = YearMonth.now().plusMonths(1);
        view.form.period.setValue(next);
        view.form.kind.setValue(WaveKind.FULL);
        Municipality billund = view.form.chosen.getListDataView().getItems().filter(m -> m.code() == 530).findFirst().orElseThrow();
        view.form.chosen.setValue(Set.of(billund));
        test(view.form.open).click();

        assertThat(view.message.getText()).isEqualTo("Runden er åben.");
        Wave opened = view.grid.getGenericDataView().getItems()
                .filter(w -> w.period().equals(next) && w.municipalities().equals(java.util.List.of(530))).findFirst().orElseThrow();
        assertThat(opened.open()).isTrue();

        test(view.form.open).click();
        assertThat(view.message.getText()).as("a second wave for the same month").contains("allerede en åben runde");
        waves.close(opened.id());
    }

    @Test
    @WithUserDetails("leder.fanoe")
    void a_municipal_lead_opens_a_wave_for_their_own_municipality_which_is_fixed_in_the_form() {
        WavesView view = navigate(WavesView.class);
        assertThat(view.form.chosen.isReadOnly()).isTrue();
        assertThat(view.form.chosen.getValue()).extracting(Municipality::code).containsExactly(563);
        view.form.period.setValue(YearMonth.now().plusMonths(1));
        test(view.form.open).click();
        assertThat(view.grid.getGenericDataView().getItems()).allMatch(w -> w.municipalities().contains(563));
        Wave opened = view.grid.getGenericDataView().getItems()
                .filter(w -> w.open() && w.period().equals(YearMonth.now().plusMonths(1))).findFirst().orElseThrow();
        assertThat(opened.municipalities()).containsExactly(563);
        // other tests of this run open Fanø's next month too: leave it closed
        waves.close(opened.id());
    }

    @Test
    @WithUserDetails("styregruppe")
    void the_steering_group_cannot_open_the_page() {
        navigate("waves", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(WavesView.class);
    }

    @Test
    @WithUserDetails("fagperson.odense")
    void a_professional_cannot_open_the_page() {
        navigate("waves", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(WavesView.class);
        assertThat(find(Button.class).all()).noneMatch(b -> "Åbn runde".equals(b.getText()));
    }

    @Test
    @WithUserDetails("data")
    void the_list_names_a_waves_municipalities_and_closing_asks_first() {
        YearMonth later = YearMonth.now().plusMonths(2);
        long id = waves.open(later, WaveKind.PULSE, Set.of(530));
        WavesView view = navigate(WavesView.class);
        java.util.List<Wave> listed = view.grid.getGenericDataView().getItems().toList();
        int row = java.util.stream.IntStream.range(0, listed.size()).filter(i -> listed.get(i).id() == id).findFirst().orElseThrow();

        assertThat(test(view.grid).getCellText(row, 3)).as("a name, not a count").isEqualTo("Billund");
        HorizontalLayout actions = (HorizontalLayout) test(view.grid).getCellComponent(row, 4);
        Button close = actions.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> "Luk".equals(b.getText())).findFirst().orElseThrow();
        test(close).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(waves.waves()).filteredOn(w -> w.id() == id).singleElement().extracting(Wave::open)
                .as("still open until the closing is confirmed").isEqualTo(true);

        test(confirm).confirm();
        assertThat(waves.waves()).filteredOn(w -> w.id() == id).singleElement().extracting(Wave::open).isEqualTo(false);
        assertThat(view.message.getText()).isEqualTo("Runden er lukket; der tages ikke imod flere svar.");
    }
}
