package dk.samspil.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Set;

import dk.samspil.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Opening and closing waves: the roles allowed can, the others are refused by the service. */
@SpringBootTest
class SurveyWavesTest {

    private static final int FANOE = 563;
    private static final int VARDE = 573;
    private static final int VEJEN = 575;

    @Autowired
    SurveyWaves waves;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_data_manager_opens_a_wave_for_several_municipalities_and_closes_it() {
        SignIn.as(users, "data");
        YearMonth next = YearMonth.now().plusMonths(1);
        long id = waves.open(next, WaveKind.FULL, Set.of(VARDE, VEJEN));
        Wave wave = waves.wave(id).orElseThrow();
        assertThat(wave.open()).isTrue();
        assertThat(wave.municipalities()).containsExactly(VARDE, VEJEN);
        assertThatThrownBy(() -> waves.open(next, WaveKind.PULSE, Set.of(VEJEN)))
                .isInstanceOf(SurveyProblem.class).hasMessage("survey.problem.wave-open-already");

        waves.close(id);

        assertThat(waves.wave(id).orElseThrow().open()).isFalse();
        assertThatThrownBy(() -> waves.close(id)).isInstanceOf(SurveyProblem.class);
    }

    @Test
    void a_municipal_lead_opens_and_closes_a_wave_for_their_own_municipality_only() {
        SignIn.as(users, "leder.fanoe");
        YearMonth next = YearMonth.now().plusMonths(1);
        assertThatThrownBy(() -> waves.open(next, WaveKind.PULSE, Set.of(461))).isInstanceOf(AccessDeniedException.class);
        long own = waves.open(next, WaveKind.PULSE, Set.of(FANOE));
        assertThat(waves.waves()).allMatch(wave -> wave.municipalities().contains(FANOE));
        waves.close(own);
        assertThat(waves.wave(own).orElseThrow().open()).isFalse();
    }

    @Test
    void a_lead_cannot_close_a_wave_that_spans_other_municipalities() {
        SignIn.as(users, "leder.fanoe");
        long shared = waves.waves().stream().filter(wave -> wave.municipalities().size() > 1).findFirst()
                .orElseThrow().id();
        assertThatThrownBy(() -> waves.close(shared)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_steering_group_and_professionals_cannot_open_or_close_waves() {
        for (String user : new String[] {"styregruppe", "fagperson.odense"}) {
            SignIn.as(users, user);
            assertThatThrownBy(() -> waves.open(YearMonth.now(), WaveKind.PULSE, Set.of(461)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> waves.close(1L)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_wave_for_a_past_month_is_refused() {
        SignIn.as(users, "data");
        assertThatThrownBy(() -> waves.open(YearMonth.now().minusMonths(1), WaveKind.PULSE, Set.of(VARDE)))
                .isInstanceOf(SurveyProblem.class).hasMessage("survey.problem.period");
    }
}
