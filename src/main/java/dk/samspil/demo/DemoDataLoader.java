package dk.samspil.demo;

import java.time.Clock;
import java.time.LocalDate;

import dk.samspil.base.ServerTask;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fills an empty programme with demo data at start-up when {@code samspil.demo.enabled=true}, at the
 * scale named by {@code samspil.demo.scale} ("regional" unless told otherwise). A database that
 * already has cases is left alone, so a restart never doubles the programme. The demo users are
 * created the same way: only into a database without users.
 */
@Component
@ServerTask
@ConditionalOnBooleanProperty(name = "samspil.demo.enabled")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoDataGenerator generator;
    private final DemoUsers users;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DemoScale scale;

    DemoDataLoader(DemoDataGenerator generator, DemoUsers users, JdbcTemplate jdbc, Clock clock,
                   @Value("${samspil.demo.scale:regional}") String scale) {
        this.generator = generator;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
        // a mistyped scale stops the start with a plain message instead of generating the wrong thing
        this.scale = DemoScale.named(scale);
    }

    // two instances starting at once would both find no cases and both generate them
    @Override
    @SchedulerLock(name = "demo-data", lockAtMostFor = "PT30M")
    public void run(ApplicationArguments args) {
        users.createIfNoUsers();
        Long cases = jdbc.queryForObject("SELECT COUNT(*) FROM citizen_case", Long.class);
        if (cases != null && cases > 0) {
            log.info("Demo data not generated: the programme already has {} cases", cases);
            return;
        }
        DemoSummary summary = generator.generate(scale, LocalDate.now(clock));
        log.info("Demo data generated at {} scale in {} ms: {} municipalities, {} cases, {} meetings, "
                        + "{} action plans, {} outcome months, {} survey waves, {} responses, {} answers, "
                        + "{} self-assessment scores",
                scale.name(), summary.took().toMillis(), summary.municipalities(), summary.cases(),
                summary.meetings(), summary.actionPlans(), summary.outcomeMonths(), summary.waves(),
                summary.surveyResponses(), summary.surveyAnswers(), summary.selfAssessments());
    }
}
