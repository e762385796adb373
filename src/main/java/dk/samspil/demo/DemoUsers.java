package dk.samspil.demo;

import java.util.List;

import dk.samspil.security.NewUser;
import dk.samspil.security.Role;
import dk.samspil.security.UserAccounts;
import org.springframework.stereotype.Component;

/** One demo user per role, with the names and password printed in README.md. */
@Component
public class DemoUsers {

    /** Public by design: printed in the README. The demo profile is never for production. */
    public static final String PASSWORD = "samspil-demo";

    static final List<NewUser> USERS = List.of(
            new NewUser("styregruppe", "Styregruppen (demo)", PASSWORD, Role.STEERING, null, null),
            new NewUser("leder.odense", "Kommunal leder, Odense (demo)", PASSWORD, Role.MUNICIPAL_LEAD, 461, null),
            new NewUser("leder.fanoe", "Kommunal leder, Fanø (demo)", PASSWORD, Role.MUNICIPAL_LEAD, 563, null),
            new NewUser("fagperson.odense", "Fagperson, socialområdet, Odense (demo)", PASSWORD, Role.PROFESSIONAL,
                    461, "SOCIAL_SERVICES"),
            new NewUser("data", "Dataansvarlig (demo)", PASSWORD, Role.DATA_MANAGER, null, null));

    private final UserAccounts accounts;

    DemoUsers(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** Creates the demo users unless there are users already. */
    public void createIfNoUsers() {
        if (accounts.none()) {
            USERS.forEach(accounts::create);
        }
    }
}
