package dk.samspil.security;

import dk.samspil.base.ServerTask;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * A new production database has no users, and someone must be able to sign in: when
 * {@code SAMSPIL_ADMIN_USERNAME} and {@code SAMSPIL_ADMIN_PASSWORD} are set and there are no users,
 * that data manager is created. Ignored once any user exists. A password the {@link PasswordPolicy}
 * refuses stops the start with the reason (never the password): an installation whose only account
 * could not be made would otherwise start with nobody able to sign in.
 */
@Component
@ServerTask
class FirstDataManager implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstDataManager.class);

    private final UserAccounts accounts;
    private final String username;
    private final String password;

    FirstDataManager(UserAccounts accounts, @Value("${samspil.admin.username:}") String username,
                     @Value("${samspil.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    // two instances starting at once would both find no user and both create one
    @Override
    @SchedulerLock(name = "first-data-manager", lockAtMostFor = "PT5M")
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank() || !accounts.none()) {
            return;
        }
        try {
            accounts.create(new NewUser(username, "Dataansvarlig", password, Role.DATA_MANAGER, null, null));
        } catch (PasswordRejected rejected) {
            throw new IllegalStateException("SAMSPIL_ADMIN_PASSWORD is refused: " + rejected.problem().explanation()
                    + ". Choose a longer, less common password (README, \"Production\").", rejected);
        }
        log.info("Created the first data manager, {}", username);
    }
}
