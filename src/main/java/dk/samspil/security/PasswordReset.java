package dk.samspil.security;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One one-time link to set a password (V025): only the SHA-256 of its token, the user it is for (an
 * id, as in the rest of the module's rows), and when it stops working. Times are UTC.
 */
@Entity
@Table(name = "password_reset")
class PasswordReset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long userId;
    private String tokenHash;
    private LocalDateTime createdAt;
    private LocalDateTime expiresAt;
    private LocalDateTime usedAt;
    private String createdBy;

    protected PasswordReset() {
        // for Hibernate
    }

    PasswordReset(long userId, String tokenHash, LocalDateTime createdAt, LocalDateTime expiresAt, String createdBy) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
    }

    long userId() {
        return userId;
    }

    PasswordLink.State state(LocalDateTime now) {
        if (usedAt != null) {
            return PasswordLink.State.USED;
        }
        return now.isBefore(expiresAt) ? PasswordLink.State.OPEN : PasswordLink.State.EXPIRED;
    }

    /** Used, or closed unused by a newer link or a disabled user: it works no more either way. */
    void close(LocalDateTime now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    @Override
    public String toString() {
        return "PasswordReset[" + id + ", user " + userId + "]";
    }
}
