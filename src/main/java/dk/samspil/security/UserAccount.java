package dk.samspil.security;

import java.time.LocalDateTime;
import java.time.ZoneId;

import dk.samspil.base.StoredTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A stored user (the {@code app_user} table of V005): the aggregate that sign-in reads and that
 * user administration edits. The password is kept only as its hash. The municipality and sector
 * are codes, not associations: reference data belongs to another module.
 */
@Entity
@Table(name = "app_user")
class UserAccount {

    /** The password hash of a provider's user: a marker that no encoder of ours verifies. */
    static final String NO_PASSWORD = "{sso}";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Optimistic locking (V013): a save over someone else's newer save fails instead of undoing it. */
    @Version
    private long version;

    private String username;
    private String displayName;
    private String passwordHash;

    // the column is a VARCHAR with a CHECK, not MariaDB's ENUM type Hibernate would otherwise expect
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Role role;

    @JdbcTypeCode(SqlTypes.SMALLINT)
    private Integer municipalityCode;

    private String sectorCode;

    @Column(nullable = false)
    private boolean enabled;

    /** Set for a user of the organisation's identity provider (V024): its issuer and their subject there. */
    private String identityProvider;
    private String externalSubject;

    private String email;

    /** UTC (docs/decisions/0015); null for accounts made before V025. */
    private LocalDateTime createdAt;

    /** UTC; written by {@link UserAccountRepository#recordSignIn} without touching the version. */
    private LocalDateTime lastSignInAt;

    protected UserAccount() {
        // for Hibernate
    }

    UserAccount(NewUser user, String passwordHash, LocalDateTime createdAt) {
        this.username = user.username();
        this.displayName = user.displayName();
        this.passwordHash = passwordHash;
        this.role = user.role();
        this.municipalityCode = user.municipalityCode();
        this.sectorCode = user.sectorCode();
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /** An account made by an administrator: its password is set by its user through a one-time link. */
    UserAccount(String username, AccountDetails details, String unusablePasswordHash, LocalDateTime createdAt) {
        this.username = username;
        this.passwordHash = unusablePasswordHash;
        this.enabled = true;
        this.createdAt = createdAt;
        change(details);
    }

    /** A user of the identity provider, made at their first sign-in; no password matches {@value #NO_PASSWORD}. */
    UserAccount(SsoIdentity identity) {
        this.username = identity.username();
        this.passwordHash = NO_PASSWORD;
        this.identityProvider = identity.issuer();
        this.externalSubject = identity.subject();
        this.enabled = true;
        takeOver(identity);
    }

    /** Every sign-in through the provider brings the role and scope the provider says now. */
    void takeOver(SsoIdentity identity) {
        this.displayName = identity.displayName();
        this.role = identity.role();
        this.municipalityCode = identity.municipalityCode();
        this.sectorCode = identity.sectorCode();
    }

    /** The provider's users sign in there only, never with a password here. */
    boolean external() {
        return externalSubject != null;
    }

    /** A disabled user can no longer sign in; the row stays, since survey participation refers to it. */
    void disable() {
        enabled = false;
    }

    void enable() {
        enabled = true;
    }

    void change(AccountDetails details) {
        this.displayName = details.displayName();
        this.email = details.email();
        this.role = details.role();
        this.municipalityCode = details.municipalityCode();
        this.sectorCode = details.sectorCode();
    }

    void newPasswordHash(String hash) {
        this.passwordHash = hash;
    }

    long id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    boolean enabled() {
        return enabled;
    }

    SignedInUser signedInUser() {
        return new SignedInUser(username, displayName, role, municipalityCode, sectorCode);
    }

    AccountDetails details() {
        return new AccountDetails(displayName, email, role, municipalityCode, sectorCode);
    }

    /** As the administration screens show it, the stored UTC moments in the clock's zone. */
    ManagedUser managed(ZoneId zone) {
        return new ManagedUser(id, username, details(), enabled, StoredTime.shown(createdAt, zone),
                StoredTime.shown(lastSignInAt, zone));
    }

    UserSummary summary() {
        return new UserSummary(id, username, displayName, role, municipalityCode, sectorCode, enabled);
    }

    @Override
    public String toString() {
        return "UserAccount[" + id + ", " + username + ", " + role + "]";
    }
}
