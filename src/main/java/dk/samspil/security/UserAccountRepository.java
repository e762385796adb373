package dk.samspil.security;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Internal to the security module: other modules go through {@link UserAccounts}. */
interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByIdentityProviderAndExternalSubject(String identityProvider, String externalSubject);

    long countByRoleAndMunicipalityCodeAndSectorCodeAndEnabledTrue(Role role, Integer municipalityCode, String sectorCode);
}
