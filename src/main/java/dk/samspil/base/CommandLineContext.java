package dk.samspil.base;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application without its web server, for the commands of {@code java -jar samspil.jar <command>}. */
public final class CommandLineContext {

    private CommandLineContext() {
    }

    public static ConfigurableApplicationContext start(Class<?> application) {
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                // no web server, so none of Vaadin's web set-up either
                .properties("spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")
                .run();
    }
}
