package dk.samspil.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.samspil.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The funnel compares every municipality with data against the pooled programme value. */
@SpringBootTest
class CompareStatisticsTest {

    @Autowired
    CompareStatistics statistics;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_target_is_the_pooled_share_and_each_point_lies_in_its_own_interval_and_zone() {
        SignIn.as(users, "leder.odense");
        FunnelComparison funnel = statistics.funnel(OutcomeIndicator.STABLE_HOUSING, 12);

        assertThat(funnel.points()).hasSize(22);
        long successes = funnel.points().stream().mapToLong(FunnelPoint::numerator).sum();
        long trials = funnel.points().stream().mapToLong(FunnelPoint::denominator).sum();
        assertThat(funnel.target()).isCloseTo((double) successes / trials, within(1e-12));
        assertThat(funnel.points()).allSatisfy(point -> {
            assertThat(point.interval().lower()).isLessThanOrEqualTo(point.interval().estimate());
            assertThat(point.interval().estimate()).isCloseTo((double) point.numerator() / point.denominator(), within(1e-12));
        });
        assertThat(funnel.limitCurves()).allSatisfy(row -> assertThat(row[1]).isLessThanOrEqualTo(row[2]));
        assertThat(funnel.limitCurves().getFirst()[4] - funnel.limitCurves().getFirst()[1])
                .as("the funnel narrows as the denominator grows")
                .isGreaterThan(funnel.limitCurves().getLast()[4] - funnel.limitCurves().getLast()[1]);
    }
}
