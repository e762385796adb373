package dk.samspil.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first data manager comes only into a database without users. */
@SpringBootTest
class FirstDataManagerTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void no_first_data_manager_is_made_when_users_exist_and_passwords_are_stored_hashed() throws Exception {
        assertThat(accounts.none()).isFalse();
        new FirstDataManager(accounts, "admin.first", "a-long-password").run(null);
        assertThat(repository.findByUsername("admin.first")).isEmpty();

        UserAccount demo = repository.findByUsername("data").orElseThrow();
        assertThat(demo.passwordHash()).startsWith("{bcrypt}$2").doesNotContain("samspil-demo");
        assertThat(passwordEncoder.matches("samspil-demo", demo.passwordHash())).isTrue();
    }
}
