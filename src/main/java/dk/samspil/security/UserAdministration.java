package dk.samspil.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dk.samspil.audit.AuditLog;
import dk.samspil.audit.AuditOutcome;
import dk.samspil.base.StoredTime;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user administration (docs/decisions/0018): the data manager manages every account, a municipal
 * lead only the professionals of their own municipality — checked here on every call, whatever a
 * screen shows, and a refusal is audited as DENIED. Every change is audited with its before and after.
 * There is no way to delete a user: the audit log and survey participation refer to them; disable instead.
 * New accounts get no password from the administrator: their user sets one through a {@link OneTimeLink}.
 */
@Service
@PreAuthorize("hasAnyRole('DATA_MANAGER', 'MUNICIPAL_LEAD')")
public class UserAdministration {

    static final String CREATED = "USER_CREATED";
    static final String CHANGED = "USER_CHANGED";
    static final String PASSWORD_LINK = "PASSWORD_LINK_ISSUED";

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,60}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository repository;
    private final PasswordLinks links;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    UserAdministration(UserAccountRepository repository, PasswordLinks links, PasswordEncoder encoder,
                       CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.links = links;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The accounts the signed-in user manages, by user name: all for a data manager, a lead's own professionals. */
    @Transactional(readOnly = true)
    public List<ManagedUser> list(UserFilter filter) {
        SignedInUser actor = currentUser.require();
        return repository.findAll(Sort.by("username")).stream()
                .map(account -> account.managed(clock.getZone()))
                .filter(user -> mayManage(actor, user.details()) && filter.matches(user))
                .toList();
    }

    /** The roles the signed-in user may give an account. */
    public List<Role> assignableRoles() {
        return currentUser.require().role() == Role.DATA_MANAGER ? List.of(Role.values()) : List.of(Role.PROFESSIONAL);
    }

    @Transactional
    public CreatedAccount create(String username, AccountDetails details) {
        SignedInUser actor = currentUser.require();
        String name = username == null ? "" : username.strip();
        String target = "user " + name + ": " + details.scope();
        if (!mayManage(actor, details)) {
            throw denied(actor, CREATED, target);
        }
        if (!USERNAME.matcher(name).matches() || ThrottledSubject.mayHoldCprNumber(name)) {
            throw new AccountRejected(AccountProblem.USERNAME);
        }
        if (repository.findByUsername(name).isPresent()) {
            throw new AccountRejected(AccountProblem.USERNAME_TAKEN);
        }
        UserAccount account = repository.save(new UserAccount(name, details, unusablePassword(), StoredTime.now(clock)));
        OneTimeLink link = links.issue(account, actor.username());
        record(actor.username(), CREATED, target + ", enabled, one-time link until " + link.expiresAt(),
                AuditOutcome.ALLOWED);
        return new CreatedAccount(account.managed(clock.getZone()), link);
    }

    /** Changes the account's name, e-mail, role and scope; audited with what was before and what is after. */
    @Transactional
    public ManagedUser change(String username, AccountDetails details) {
        SignedInUser actor = currentUser.require();
        UserAccount account = managedAccount(actor, username, "to " + details.scope());
        AccountDetails before = account.details();
        if (!mayManage(actor, details)) {
            throw denied(actor, CHANGED, "user " + username + ": " + before.scope() + "→" + details.scope());
        }
        if (actor.username().equals(username) && before.role() != details.role()) {
            refuseOwn(actor, username, "role " + before.role() + "→" + details.role());
        }
        account.change(details);
        String changes = AccountChanges.between(before, details);
        if (!changes.isEmpty()) {
            record(actor.username(), CHANGED, "user " + username + ": " + changes, AuditOutcome.ALLOWED);
        }
        return account.managed(clock.getZone());
    }

    /** A disabled user can no longer sign in, their open sessions end on their next request, their open links close. */
    @Transactional
    public ManagedUser setEnabled(String username, boolean enabled) {
        SignedInUser actor = currentUser.require();
        UserAccount account = managedAccount(actor, username, "enabled →" + enabled);
        if (actor.username().equals(username) && !enabled) {
            refuseOwn(actor, username, "enabled true→false");
        }
        boolean before = account.enabled();
        if (enabled) {
            account.enable();
        } else {
            account.disable();
            links.closeOpenLinks(account.id());
        }
        if (before != enabled) {
            record(actor.username(), CHANGED, "user " + username + ": enabled " + before + "→" + enabled,
                    AuditOutcome.ALLOWED);
        }
        return account.managed(clock.getZone());
    }

    /** A new one-time link for the user to set a password with; earlier links stop working. The old password still works until then. */
    @Transactional
    public OneTimeLink resetPassword(String username) {
        SignedInUser actor = currentUser.require();
        UserAccount account = managedAccount(actor, username, "new one-time link");
        OneTimeLink link = links.issue(account, actor.username());
        record(actor.username(), PASSWORD_LINK, "user " + username + ": one-time link until " + link.expiresAt(),
                AuditOutcome.ALLOWED);
        return link;
    }

    /** Data managers manage everyone; a municipal lead the professionals of their own municipality. */
    static boolean mayManage(SignedInUser actor, AccountDetails account) {
        return switch (actor.role()) {
            case DATA_MANAGER -> true;
            case MUNICIPAL_LEAD -> account.role() == Role.PROFESSIONAL
                    && actor.municipalityCode() != null && actor.municipalityCode().equals(account.municipalityCode());
            default -> false;
        };
    }

    /** The account, if the actor manages it; an account of someone else's is refused like an unknown one. */
    private UserAccount managedAccount(SignedInUser actor, String username, String attempt) {
        Optional<UserAccount> account = repository.findByUsername(username);
        if (account.isEmpty() || !mayManage(actor, account.get().details())) {
            if (account.isEmpty() && actor.role() == Role.DATA_MANAGER) {
                throw new IllegalArgumentException("No such user");
            }
            throw denied(actor, CHANGED, "user " + username + ": " + attempt);
        }
        return account.get();
    }

    private AccessDeniedException denied(SignedInUser actor, String action, String target) {
        record(actor.username(), action, target, AuditOutcome.DENIED);
        return new AccessDeniedException("Not an account " + actor.username() + " manages");
    }

    private void refuseOwn(SignedInUser actor, String username, String attempt) {
        record(actor.username(), CHANGED, "user " + username + ": " + attempt + " (own account)", AuditOutcome.DENIED);
        throw new AccountRejected(AccountProblem.OWN_ACCOUNT);
    }

    /** The audit log's target holds 200 characters; a long user name must not make the change fail. */
    private void record(String username, String action, String target, AuditOutcome outcome) {
        audit.record(username, action, target.length() <= 200 ? target : target.substring(0, 199) + "…", outcome);
    }

    /** The hash of a password nobody knows, until the user sets one by the link (the column must hold a hash). */
    private String unusablePassword() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return encoder.encode(Base64.getEncoder().encodeToString(secret));
    }
}
