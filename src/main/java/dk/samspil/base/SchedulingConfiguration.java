package dk.samspil.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled work, such as the monthly import inbox. */
@Configuration
@EnableScheduling
class SchedulingConfiguration {
}
