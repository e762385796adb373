package dk.samspil.casework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import dk.samspil.base.i18n.UiLanguage;
import dk.samspil.casework.CaseSummary;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The case list writes its dates as the reader's language does, never as ISO dates. */
@SpringBootTest
@ViewPackages(packages = "dk.samspil")
class CasesViewTest extends SpringBrowserlessTest {

    private static final String DANISH_MONTH = "(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\\.?";
    private static final String ENGLISH_MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";

    @Test
    @WithUserDetails("leder.odense")
    void a_leads_case_list_writes_dates_in_danish() {
        CasesView view = navigate(CasesView.class);
        CaseSummary first = view.grid.getGenericDataView().getItem(0);

        String enrolled = test(view.grid).getCellText(0, 2);
        assertThat(enrolled).as("e.g. 13. okt. 2026").matches("\\d{1,2}\\. " + DANISH_MONTH + " \\d{4}")
                .startsWith(first.enrolledOn().getDayOfMonth() + ". ").endsWith(" " + first.enrolledOn().getYear());
        assertThat(test(view.grid).getCellText(rowWithAMeeting(view), 3)).as("the last meeting")
                .matches("\\d{1,2}\\. " + DANISH_MONTH + " \\d{4}");
    }

    @Test
    @WithUserDetails("leder.odense")
    void in_english_the_case_list_writes_dates_the_english_way() {
        UI.getCurrent().setLocale(UiLanguage.ENGLISH.locale());
        CasesView view = navigate(CasesView.class);

        assertThat(test(view.grid).getCellText(0, 2)).as("e.g. Oct 13, 2026")
                .matches(ENGLISH_MONTH + " \\d{1,2}, \\d{4}");
    }

    private static int rowWithAMeeting(CasesView view) {
        List<CaseSummary> rows = view.grid.getGenericDataView().getItems().toList();
        return java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.get(i).lastMeetingOn() != null)
                .findFirst().orElseThrow(() -> new AssertionError("no case of Odense's has had a meeting"));
    }
}
