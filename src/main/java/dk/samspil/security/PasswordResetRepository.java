package dk.samspil.security;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

/** Internal to the security module: {@link PasswordLinks} is the door. */
interface PasswordResetRepository extends JpaRepository<PasswordReset, Long> {

    Optional<PasswordReset> findByTokenHash(String tokenHash);

    /** Locked, so that two uses of one link at once set one password: the second waits and finds it used. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<PasswordReset> findForUseByTokenHash(String tokenHash);

    List<PasswordReset> findByUserIdAndUsedAtIsNull(long userId);
}
