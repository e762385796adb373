package dk.samspil.security;

import java.util.Optional;

import dk.samspil.security.SsoRefusal.Reason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local user behind a sign-in through the identity provider, made just in time at the first
 * sign-in and brought up to date at every later one (the audit log, survey participation and the
 * scope checks refer to it). Found by issuer and subject, never by name: a provider user named like a
 * local account is refused rather than given that account. A user disabled here stays refused
 * whatever the provider says.
 */
@Service
class SsoAccounts {

    private final UserAccountRepository repository;
    private final JdbcClient jdbc;

    SsoAccounts(UserAccountRepository repository, JdbcClient jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    /** @throws SsoRefusal when the user is disabled, the name is another user's, or the scope is unknown */
    @Transactional
    SignedInUser signIn(SsoIdentity identity) {
        if (identity.municipalityCode() != null && !known("municipality", identity.municipalityCode())) {
            throw new SsoRefusal(identity.username(), Reason.UNKNOWN_MUNICIPALITY);
        }
        if (identity.sectorCode() != null && !known("sector", identity.sectorCode())) {
            throw new SsoRefusal(identity.username(), Reason.UNKNOWN_SECTOR);
        }
        Optional<UserAccount> existing = repository.findByIdentityProviderAndExternalSubject(identity.issuer(),
                identity.subject());
        if (existing.isEmpty()) {
            if (repository.findByUsername(identity.username()).isPresent()) {
                throw new SsoRefusal(identity.username(), Reason.USERNAME_TAKEN);
            }
            return repository.save(new UserAccount(identity)).signedInUser();
        }
        UserAccount account = existing.get();
        if (!account.enabled()) {
            throw new SsoRefusal(account.username(), Reason.DISABLED);
        }
        // renamed at the provider: the local name stays, so the audit log's earlier entries still match
        account.takeOver(identity);
        return account.signedInUser();
    }

    private boolean known(String table, Object code) {
        // the reference tables are readable by every module; the table name is one of two constants
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE code = ?").param(code).query(Long.class).single() > 0;
    }
}
