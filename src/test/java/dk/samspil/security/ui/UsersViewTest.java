package dk.samspil.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import dk.samspil.security.ManagedUser;
import dk.samspil.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Users page on the demo users, without a browser: what each administrator is offered. */
@SpringBootTest
@ViewPackages(packages = "dk.samspil")
class UsersViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("data")
    void the_data_manager_sees_every_role_and_filters_by_the_url() {
        UsersView view = navigate(UsersView.class);
        assertThat(rows(view)).extracting(ManagedUser::username).contains("data", "styregruppe", "leder.odense");

        UI.getCurrent().navigate(UsersView.class, QueryParameters.simple(Map.of("role", "MUNICIPAL_LEAD", "municipality", "563")));
        view = (UsersView) getCurrentView();

        assertThat(view.role.getValue()).isEqualTo(Role.MUNICIPAL_LEAD);
        assertThat(rows(view)).extracting(ManagedUser::username).contains("leder.fanoe").doesNotContain("leder.odense");
    }

    @Test
    @WithUserDetails("leder.odense")
    void a_lead_sees_only_their_professionals_and_no_role_or_municipality_to_choose() {
        navigate(UsersView.class);
        UI.getCurrent().navigate(UsersView.class, QueryParameters.simple(Map.of("role", "DATA_MANAGER")));
        UsersView view = (UsersView) getCurrentView();

        assertThat(view.role.isVisible()).isFalse();
        assertThat(view.municipality.isVisible()).isFalse();
        assertThat(rows(view)).isNotEmpty().allSatisfy(user -> {
            assertThat(user.role()).isEqualTo(Role.PROFESSIONAL);
            assertThat(user.details().municipalityCode()).isEqualTo(461);
        });
    }

    private static List<ManagedUser> rows(UsersView view) {
        return view.grid.getGenericDataView().getItems().toList();
    }
}
