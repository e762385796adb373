package dk.samspil.survey;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samspil.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The Culture page's data is refused to a professional, and a lead gets detail only for their own municipality. */
@SpringBootTest
class CultureResultsTest {

    @Autowired
    CultureResults culture;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_professional_is_refused() {
        SignIn.as(users, "fagperson.odense");
        assertThatThrownBy(() -> culture.closedWaves()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_municipal_lead_gets_the_detail_of_their_own_municipality_only() {
        SignIn.as(users, "leder.odense");
        long wave = culture.closedWaves().getFirst().id();
        assertThatCode(() -> culture.ties(wave, 461)).doesNotThrowAnyException();
        assertThatThrownBy(() -> culture.ties(wave, 563)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> culture.sectorScores(wave, 563, Construct.ROLE_CLARITY))
                .isInstanceOf(AccessDeniedException.class);
        assertThatCode(() -> culture.municipalityComparison(wave, Construct.ROLE_CLARITY)).doesNotThrowAnyException();
    }
}
