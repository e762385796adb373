package dk.samspil.security;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dk.samspil.base.StoredTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users who may sign in: looked up for sign-in, created with hashed passwords, disabled. The
 * module's one door to the users table; its entity and repository stay inside the module.
 */
@Service
public class UserAccounts implements UserDetailsService {

    private final UserAccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;

    UserAccounts(UserAccountRepository repository, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
                 Clock clock) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        // the identity provider's users have no password here: to the login form they do not exist
        return repository.findByUsername(username)
                .filter(account -> !account.external())
                .map(SamspilUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    /**
     * Creates a user; the password is stored only as its bcrypt hash. Not behind a role check: the
     * first data manager and the demo users are created at start-up, before anyone is signed in.
     *
     * @throws PasswordRejected when the password breaks the {@link PasswordPolicy}
     */
    @Transactional
    public UserSummary create(NewUser user) {
        passwordPolicy.require(user.username(), user.password());
        return repository.save(new UserAccount(user, passwordEncoder.encode(user.password()),
                StoredTime.now(clock))).summary();
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> find(String username) {
        return repository.findByUsername(username).map(UserAccount::summary);
    }

    /** The signed-in user's key, for rows of other modules that refer to a user (IDs across modules). */
    @Transactional(readOnly = true)
    public long idOf(SignedInUser user) {
        return repository.findByUsername(user.username()).map(UserAccount::id)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    /**
     * Where mail for a user goes (dk.samspil.mail): their e-mail address while the account is enabled
     * and has one; empty otherwise, and then nothing is sent to them.
     */
    @Transactional(readOnly = true)
    public Optional<String> mailAddressOf(long userId) {
        return repository.findById(userId).filter(UserAccount::enabled)
                .map(account -> account.details().email()).filter(email -> email != null && !email.isBlank());
    }

    /** How many professionals of a municipality and sector can sign in: who may answer a wave in the app. */
    @Transactional(readOnly = true)
    public long professionals(int municipalityCode, String sectorCode) {
        return repository.countByRoleAndMunicipalityCodeAndSectorCodeAndEnabledTrue(Role.PROFESSIONAL, municipalityCode,
                sectorCode);
    }

    /** The user can no longer sign in; whatever refers to them stays. Returns false for an unknown user. */
    @Transactional
    @PreAuthorize("hasRole('DATA_MANAGER')")
    public boolean disable(String username) {
        Optional<UserAccount> account = repository.findByUsername(username);
        account.ifPresent(UserAccount::disable);
        return account.isPresent();
    }

    /** Notes a successful sign-in's time on the account (UTC), for the user administration's list. */
    @Transactional
    void signedIn(String username) {
        repository.recordSignIn(username, StoredTime.now(clock));
    }

    /**
     * Whether a session's user may go on as signed in: the account is still enabled and its role and
     * scope are what they were at sign-in (a changed scope signs in afresh, with the new one).
     */
    @Transactional(readOnly = true)
    boolean stillValid(SignedInUser session) {
        return repository.findEnabledScope(session.username())
                .filter(now -> now.role() == session.role()
                        && Objects.equals(now.municipalityCode(), session.municipalityCode())
                        && Objects.equals(now.sectorCode(), session.sectorCode()))
                .isPresent();
    }

    /**
     * The ids of the enabled accounts of a role, of one municipality or (null) any: the recipients of
     * the server's own mails (digests, the quarterly report), each then sent through their preferences.
     */
    @Transactional(readOnly = true)
    public List<Long> enabledIds(Role role, Integer municipalityCode) {
        return repository.findEnabledIds(role, municipalityCode);
    }

    @Transactional(readOnly = true)
    public boolean none() {
        return repository.count() == 0;
    }
}
