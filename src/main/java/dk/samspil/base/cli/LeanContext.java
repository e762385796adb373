package dk.samspil.base.cli;

import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The application context a command runs in: the same beans and database as the web application,
 * minus what only a server needs. No web server and none of Vaadin's set-up; beans are created when
 * first used (so the views' services and the health indicators are not); no JPA unless the command
 * asks for it ({@link CommandLine#usesJpa()}); and no {@link dk.samspil.base.ServerTask}: a command must not fill the demo
 * programme, create the first data manager, catch up derived tables or take the inbox's files — the
 * server does that — and nothing is scheduled. These settings win over every configuration file,
 * since a file that enables the demo data would otherwise start it here too.
 */
public final class LeanContext implements AutoCloseable {

    /** Set in a command's context; {@link dk.samspil.base.ServerTask} is off when it is false. */
    public static final String SERVER_TASKS = "samspil.server-tasks";

    private static final String VAADIN = "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
            + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration";
    // a quarter of a command's start (measured: docs/decisions/0021), and only the users are entities
    private static final String JPA = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration,"
            + "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration";

    private final Class<?> application;
    private final boolean jpa;
    private ConfigurableApplicationContext context;

    /** A lean context without JPA: for commands that read and write through SQL only, as the import does. */
    public LeanContext(Class<?> application) {
        this(application, false);
    }

    /** With {@code jpa}, the users' repository (JPA) is there too, for a command that needs the users. */
    public LeanContext(Class<?> application, boolean jpa) {
        this.application = application;
        this.jpa = jpa;
    }

    /** The started context (started on the first call). */
    public ConfigurableApplicationContext start() {
        if (context == null) {
            context = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .lazyInitialization(true)
                    .logStartupInfo(false)
                    .initializers(started -> started.getEnvironment().getPropertySources()
                            .addFirst(new MapPropertySource("samspilCommandLine", lean())))
                    .run();
        }
        return context;
    }

    private Map<String, Object> lean() {
        return Map.of(
                SERVER_TASKS, "false",
                "samspil.demo.enabled", "false",
                // the web application checks the schema against the entities at its start; a command need not
                "spring.jpa.hibernate.ddl-auto", "none",
                "spring.autoconfigure.exclude", jpa ? VAADIN : VAADIN + "," + JPA);
    }

    /** Whether {@link #start()} was called and succeeded. */
    public boolean started() {
        return context != null;
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
