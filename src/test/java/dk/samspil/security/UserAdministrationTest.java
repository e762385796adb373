package dk.samspil.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import dk.samspil.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The user administration on the real schema, as the data manager and as a municipal lead who tries
 * what the screen does not offer: another municipality's user, a data manager, a promotion to lead.
 */
@SpringBootTest
class UserAdministrationTest {

    @Autowired
    UserAdministration administration;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_data_manager_creates_a_lead_who_has_no_usable_password_until_the_link_is_used() {
        SignIn.as(accounts, "data");
        String name = name("leder");

        CreatedAccount created = administration.create(name, new AccountDetails("Leder (test)", "leder@example.dk",
                Role.MUNICIPAL_LEAD, 563, null));

        assertThat(created.user().enabled()).isTrue();
        assertThat(created.user().createdAt()).isNotNull();
        assertThat(created.link().token()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(jdbc.sql("SELECT CONCAT(role, ' ', municipality_code, ' ', email) FROM app_user WHERE username = ?")
                .param(name).query(String.class).single()).isEqualTo("MUNICIPAL_LEAD 563 leder@example.dk");
        assertThat(jdbc.sql("SELECT token_hash FROM password_reset r JOIN app_user u ON u.id = r.user_id WHERE u.username = ?")
                .param(name).query(String.class).single())
                .as("only the token's hash is stored").isEqualTo(PasswordLinks.hash(created.link().token()))
                .isNotEqualTo(created.link().token());
        assertThat(audit(name)).singleElement().asString().startsWith("data USER_CREATED ALLOWED user " + name
                + ": MUNICIPAL_LEAD 563, enabled, one-time link until ");
        assertThat(auditText()).as("no token in the audit log").doesNotContain(created.link().token());
    }

    @Test
    void a_change_and_a_disabling_are_audited_with_before_and_after_and_users_are_never_deleted() {
        SignIn.as(accounts, "data");
        String name = name("skift");
        administration.create(name, new AccountDetails("Skift", null, Role.MUNICIPAL_LEAD, 461, null));

        administration.change(name, new AccountDetails("Skift", null, Role.PROFESSIONAL, 563, "JOB_CENTRE"));
        administration.setEnabled(name, false);

        assertThat(audit(name)).containsSequence(
                "data USER_CHANGED ALLOWED user " + name + ": enabled true→false",
                "data USER_CHANGED ALLOWED user " + name + ": role MUNICIPAL_LEAD→PROFESSIONAL, municipality 461→563, "
                        + "sector -→JOB_CENTRE");
        assertThat(accounts.loadUserByUsername(name).isEnabled()).isFalse();
        assertThat(administration.list(new UserFilter(name, null, null, false))).singleElement()
                .satisfies(user -> assertThat(user.details().sectorCode()).isEqualTo("JOB_CENTRE"));
        assertThat(List.of(UserAdministration.class.getMethods())).as("no way to delete a user")
                .noneMatch(method -> method.getName().toLowerCase().contains("delete")
                        || method.getName().toLowerCase().contains("remove"));
    }

    @Test
    void a_lead_lists_and_manages_only_the_professionals_of_their_own_municipality() {
        SignIn.as(accounts, "leder.odense");
        String name = name("fag");

        administration.create(name, new AccountDetails("Fagperson (test)", null, Role.PROFESSIONAL, 461, "NGO"));
        administration.setEnabled(name, false);
        administration.resetPassword(name);

        assertThat(administration.list(UserFilter.ALL)).isNotEmpty().allSatisfy(user -> {
            assertThat(user.role()).isEqualTo(Role.PROFESSIONAL);
            assertThat(user.details().municipalityCode()).isEqualTo(461);
        });
        assertThat(administration.assignableRoles()).containsExactly(Role.PROFESSIONAL);
    }

    @Test
    void a_lead_editing_another_municipalitys_user_creating_a_data_manager_or_promoting_to_lead_is_refused_and_audited() {
        SignIn.as(accounts, "data");
        String fanoe = name("fanoe");
        administration.create(fanoe, new AccountDetails("Fanø", null, Role.PROFESSIONAL, 563, "NGO"));
        String own = name("odense");
        administration.create(own, new AccountDetails("Odense", null, Role.PROFESSIONAL, 461, "NGO"));
        SignIn.as(accounts, "leder.odense");
        String boss = name("boss");

        assertThatThrownBy(() -> administration.setEnabled(fanoe, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.resetPassword(fanoe)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.change(fanoe, new AccountDetails("Fanø", null, Role.PROFESSIONAL, 461, "NGO")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.create(boss, new AccountDetails("Boss", null, Role.DATA_MANAGER, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.change(own, new AccountDetails("Odense", null, Role.MUNICIPAL_LEAD, 461, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.change("leder.fanoe", new AccountDetails("x", null, Role.PROFESSIONAL, 461, "NGO")))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(accounts, "data");
        assertThat(administration.list(new UserFilter(fanoe, null, null, null))).singleElement()
                .satisfies(user -> assertThat(user.enabled()).isTrue());
        assertThat(administration.list(new UserFilter(own, null, null, null))).singleElement()
                .satisfies(user -> assertThat(user.role()).isEqualTo(Role.PROFESSIONAL));
        assertThat(administration.list(new UserFilter(boss, null, null, null))).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE username = 'leder.odense' AND outcome = 'DENIED' "
                + "AND action IN ('USER_CREATED', 'USER_CHANGED') AND (target LIKE ? OR target LIKE ? OR target LIKE ? "
                + "OR target LIKE 'user leder.fanoe:%')").params("user " + fanoe + ":%", "user " + boss + ":%", "user " + own + ":%")
                .query(Long.class).single()).isEqualTo(6);
    }

    @Test
    void nobody_disables_their_own_account_or_changes_their_own_role() {
        SignIn.as(accounts, "data");

        assertThatThrownBy(() -> administration.setEnabled("data", false)).isInstanceOf(AccountRejected.class);
        assertThatThrownBy(() -> administration.change("data", new AccountDetails("Data", null, Role.STEERING, null, null)))
                .isInstanceOf(AccountRejected.class);
        assertThat(accounts.loadUserByUsername("data").isEnabled()).isTrue();
    }

    @Test
    void a_username_holding_a_cpr_number_or_taken_already_is_refused() {
        SignIn.as(accounts, "data");
        AccountDetails steering = new AccountDetails("Styregruppe", null, Role.STEERING, null, null);

        assertThatThrownBy(() -> administration.create("010190-1234", steering))
                .isInstanceOfSatisfying(AccountRejected.class, e -> assertThat(e.problem()).isEqualTo(AccountProblem.USERNAME));
        assertThatThrownBy(() -> administration.create("styregruppe", steering))
                .isInstanceOfSatisfying(AccountRejected.class, e -> assertThat(e.problem()).isEqualTo(AccountProblem.USERNAME_TAKEN));
        assertThatThrownBy(() -> new AccountDetails("Leder", null, Role.MUNICIPAL_LEAD, null, null))
                .isInstanceOfSatisfying(AccountRejected.class, e -> assertThat(e.problem()).isEqualTo(AccountProblem.SCOPE));
    }

    @Test
    void a_professional_or_the_steering_group_cannot_use_the_administration_at_all() {
        SignIn.as(accounts, "fagperson.odense");
        assertThatThrownBy(() -> administration.list(UserFilter.ALL)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(accounts, "styregruppe");
        assertThatThrownBy(() -> administration.resetPassword("fagperson.odense")).isInstanceOf(AccessDeniedException.class);
    }

    private static String name(String prefix) {
        return prefix + ".t" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The audit rows about the user, newest first, as "actor ACTION OUTCOME target". */
    private List<String> audit(String username) {
        return jdbc.sql("SELECT CONCAT(username, ' ', action, ' ', outcome, ' ', target) FROM audit_log WHERE target LIKE ? "
                + "ORDER BY id DESC").param("user " + username + ":%").query(String.class).list();
    }

    private String auditText() {
        return String.join("\n", jdbc.sql("SELECT CONCAT(username, ' ', COALESCE(target, '')) FROM audit_log")
                .query(String.class).list());
    }
}
