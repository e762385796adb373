package dk.samspil.security;

import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Internal to the security module: other modules go through {@link UserAccounts}. */
interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByIdentityProviderAndExternalSubject(String identityProvider, String externalSubject);

    /** A bulk update, so a sign-in does not bump the version an administrator's edit is checked against. */
    @Modifying
    @Query("update UserAccount u set u.lastSignInAt = :at where u.username = :username")
    int recordSignIn(String username, LocalDateTime at);

    /** The scope an enabled account has now, to compare with a session's. */
    @Query("select new dk.samspil.security.SignedInUser(u.username, u.displayName, u.role, u.municipalityCode, u.sectorCode)"
            + " from UserAccount u where u.username = :username and u.enabled = true")
    Optional<SignedInUser> findEnabledScope(String username);

    /** The enabled accounts of a role (and municipality, if given): whom the server's own mails go to. */
    @Query("select u.id from UserAccount u where u.role = :role and u.enabled = true"
            + " and (:municipalityCode is null or u.municipalityCode = :municipalityCode) order by u.id")
    java.util.List<Long> findEnabledIds(Role role, Integer municipalityCode);

    long countByRoleAndMunicipalityCodeAndSectorCodeAndEnabledTrue(Role role, Integer municipalityCode, String sectorCode);
}
