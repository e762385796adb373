package dk.samspil.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Users as a JPA entity on the real schema: Hibernate validated it at start, these tests use it. */
@SpringBootTest
class UserAccountsTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_created_user_is_found_with_its_scope_and_signs_in_with_its_hashed_password() {
        UserSummary created = accounts.create(new NewUser("fagperson.test", "Fagperson (test)", "a-long-password",
                Role.PROFESSIONAL, 461, "JOB_CENTRE"));

        assertThat(accounts.find("fagperson.test")).contains(created);
        assertThat(created.id()).isPositive();
        assertThat(created.enabled()).isTrue();
        assertThat(jdbc.sql("SELECT CONCAT(role, ' ', municipality_code, ' ', sector_code, ' ', enabled) FROM app_user "
                + "WHERE username = 'fagperson.test'").query(String.class).single())
                .isEqualTo("PROFESSIONAL 461 JOB_CENTRE 1");
        assertThat(repository.findByUsername("fagperson.test").orElseThrow().passwordHash())
                .startsWith("{bcrypt}").doesNotContain("a-long-password");
        SamspilUserDetails details = (SamspilUserDetails) accounts.loadUserByUsername("fagperson.test");
        assertThat(details.isEnabled()).isTrue();
        assertThat(details.signedInUser().maySeeAggregatesOf(461)).isTrue();
        assertThat(details.signedInUser().maySeeAggregatesOf(563)).isFalse();
        assertThat(accounts.idOf(details.signedInUser())).isEqualTo(created.id());
    }

    @Test
    @WithMockUser(roles = "DATA_MANAGER")
    void a_disabled_user_is_kept_but_can_no_longer_sign_in() {
        accounts.create(new NewUser("leder.disabled", "Leder (test)", "a-long-password", Role.MUNICIPAL_LEAD, 563, null));

        assertThat(accounts.disable("leder.disabled")).isTrue();

        assertThat(accounts.find("leder.disabled")).hasValueSatisfying(user -> assertThat(user.enabled()).isFalse());
        assertThat(accounts.loadUserByUsername("leder.disabled").isEnabled()).isFalse();
        assertThat(accounts.disable("nobody.at.all")).isFalse();
    }

    @Test
    @WithMockUser(roles = "MUNICIPAL_LEAD")
    void only_a_data_manager_disables_users() {
        assertThatThrownBy(() -> accounts.disable("data")).isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.loadUserByUsername("data").isEnabled()).isTrue();
    }

    @Test
    void a_save_over_a_newer_save_of_the_same_user_fails_instead_of_undoing_it() {
        accounts.create(new NewUser("styregruppe.test", "Styregruppen (test)", "a-long-password", Role.STEERING,
                null, null));
        UserAccount first = repository.findByUsername("styregruppe.test").orElseThrow();
        UserAccount second = repository.findByUsername("styregruppe.test").orElseThrow();

        first.disable();
        repository.save(first);
        second.disable();

        assertThatThrownBy(() -> repository.save(second)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(jdbc.sql("SELECT version FROM app_user WHERE username = 'styregruppe.test'").query(Long.class)
                .single()).isEqualTo(1);
    }
}
