package dk.samspil.base.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.SamspilApplication;
import dk.samspil.base.ServerTask;
import dk.samspil.importing.ImportCommandLine;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.config.TaskManagementConfigUtils;
import org.springframework.web.context.WebApplicationContext;

/** A command's context: the application's beans without a web server, Vaadin, or any of the server's tasks. */
class LeanContextTest {

    @Test
    void a_command_runs_without_web_server_vaadin_start_up_tasks_or_schedules() {
        try (LeanContext lean = new LeanContext(SamspilApplication.class)) {
            ConfigurableApplicationContext context = lean.start();

            assertThat(context).as("no web server").isNotInstanceOf(WebApplicationContext.class);
            assertThat(context.getBeanNamesForAnnotation(ServerTask.class)).as("no start-up or scheduled task").isEmpty();
            assertThat(context.containsBean(TaskManagementConfigUtils.SCHEDULED_ANNOTATION_PROCESSOR_BEAN_NAME))
                    .as("nothing scheduled").isFalse();
            assertThat(context.getBeanNamesForType(com.vaadin.flow.spring.SpringServlet.class)).isEmpty();
            assertThat(context.getBean(dk.samspil.importing.ImportService.class)).as("what a command runs is there").isNotNull();
            assertThat(context.getBean(dk.samspil.importing.batch.ImportRunner.class)).as("with the job's steps").isNotNull();
            assertThat(context.getBeanNamesForType(jakarta.persistence.EntityManagerFactory.class)).as("no JPA").isEmpty();
        }
    }

    @Test
    void the_commands_are_found_by_their_first_argument() {
        assertThat(CommandLines.named(new String[] {"import", "--file", "x.csv"})).get()
                .isInstanceOf(ImportCommandLine.class);
        assertThat(CommandLines.named(new String[] {"report", "--quarter", "2026-Q3"})).get()
                .isInstanceOf(dk.samspil.report.ReportCommandLine.class);
        assertThat(CommandLines.named(new String[] {"audit-verify"})).get()
                .isInstanceOf(dk.samspil.audit.AuditVerifyCommand.class);
        assertThat(CommandLines.named(new String[] {"--server.port=8080"})).as("the web application").isEmpty();
        assertThat(CommandLines.named(new String[0])).isEmpty();
    }
}
