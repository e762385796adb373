package dk.samspil.base;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the application, in Danish time, so "last month" means the same everywhere. */
@Configuration
class ClockConfiguration {

    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    @Bean
    Clock clock() {
        return Clock.system(DANISH_TIME);
    }
}
