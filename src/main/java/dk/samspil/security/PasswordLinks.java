package dk.samspil.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import dk.samspil.audit.AuditLog;
import dk.samspil.audit.AuditOutcome;
import dk.samspil.base.StoredTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links to set a local password (docs/decisions/0018): 256 random bits, of which only the
 * SHA-256 is stored; open for {@code samspil.password-link.lifetime} (24 hours); used once. Opening
 * and using a link needs no sign-in — the link is the proof — so nothing here is behind a role, and
 * what it refuses says only that the link is used, expired or unknown. Neither the token nor the
 * password is ever logged or audited.
 */
@Service
public class PasswordLinks {

    static final String PASSWORD_SET = "PASSWORD_SET";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    private final PasswordResetRepository links;
    private final UserAccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration lifetime;

    PasswordLinks(PasswordResetRepository links, UserAccountRepository accounts, PasswordPolicy policy,
                  PasswordEncoder encoder, AuditLog audit, Clock clock,
                  @Value("${samspil.password-link.lifetime:24h}") Duration lifetime) {
        this.links = links;
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A new link for the account; the account's earlier open links stop working. In the caller's transaction. */
    OneTimeLink issue(UserAccount account, String issuedBy) {
        LocalDateTime now = StoredTime.now(clock);
        closeOpenLinks(account.id());
        byte[] random = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        LocalDateTime expires = now.plus(lifetime);
        links.save(new PasswordReset(account.id(), hash(token), now, expires, issuedBy));
        return new OneTimeLink(token, StoredTime.shown(expires, clock.getZone()));
    }

    /** Closes the account's open links, e.g. when it is disabled. In the caller's transaction. */
    void closeOpenLinks(long userId) {
        LocalDateTime now = StoredTime.now(clock);
        links.findByUserIdAndUsedAtIsNull(userId).forEach(link -> link.close(now));
    }

    /** What the link is, for the page it opens; changes nothing. */
    @Transactional(readOnly = true)
    public PasswordLink check(String token) {
        return find(token, false).map(link -> {
            PasswordLink.State state = link.state(StoredTime.now(clock));
            return state == PasswordLink.State.OPEN
                    ? new PasswordLink(state, accounts.findById(link.userId()).map(UserAccount::username).orElse(null))
                    : new PasswordLink(state, null);
        }).orElse(PasswordLink.UNKNOWN);
    }

    /**
     * Sets the password and closes the link, if the link is open and the password passes the
     * {@link PasswordPolicy}; a link that is not open changes nothing.
     *
     * @return the link's state before: {@link PasswordLink.State#OPEN} means the password is now set
     * @throws PasswordRejected when the policy refuses the password; the link stays open to try again
     */
    @Transactional
    public PasswordLink.State use(String token, String password) {
        Optional<PasswordReset> found = find(token, true);
        LocalDateTime now = StoredTime.now(clock);
        PasswordLink.State state = found.map(link -> link.state(now)).orElse(PasswordLink.State.UNKNOWN);
        Optional<UserAccount> account = found.flatMap(link -> accounts.findById(link.userId()));
        if (state != PasswordLink.State.OPEN || account.isEmpty()) {
            audit.record(account.map(UserAccount::username).orElse("-"), PASSWORD_SET,
                    "by one-time link: " + state.name().toLowerCase(java.util.Locale.ROOT) + " link", AuditOutcome.DENIED);
            return state == PasswordLink.State.OPEN ? PasswordLink.State.UNKNOWN : state;
        }
        UserAccount user = account.get();
        policy.require(user.username(), password);
        user.newPasswordHash(encoder.encode(password));
        found.get().close(now);
        audit.record(user.username(), PASSWORD_SET, "user " + user.username() + ": by one-time link", AuditOutcome.ALLOWED);
        return PasswordLink.State.OPEN;
    }

    private Optional<PasswordReset> find(String token, boolean forUse) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        return forUse ? links.findForUseByTokenHash(hash) : links.findByTokenHash(hash);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
