package dk.samspil.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import dk.samspil.support.OneLoggingSetUpAtATime;
import dk.samspil.SamspilApplication;
import dk.samspil.support.MailCatcher;
import jakarta.mail.internet.MimeMessage;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two instances of Samspil on one new schema with the demo programme, the late-file reminder on a
 * two-second cron: each municipality whose files of last month are missing gets ONE reminder at its
 * data contact (through GreenMail), in the contact's language, however many turns either instance takes.
 */
class LateFileReminderOnTwoInstancesTest {

    private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";

    private final String schema = "samspil_remind_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private JdbcClient jdbc;

    @BeforeEach
    void aNewSchema() throws SQLException {
        execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(SERVER + schema, "root", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterEach
    void stopAndDrop() throws SQLException {
        instances.forEach(ConfigurableApplicationContext::close);
        execute("DROP DATABASE IF EXISTS `" + schema + "`");
    }

    @Test
    void a_late_file_gets_one_reminder_with_two_instances_running() throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<ConfigurableApplicationContext>> starting = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                starting.add(two.submit(this::start));
            }
            for (Future<ConfigurableApplicationContext> instance : starting) {
                instances.add(instance.get());
            }
        } finally {
            two.shutdownNow();
        }
        for (int turn = 0; turn < 600 && MailCatcher.mailsTo("data@toender.example.dk").isEmpty(); turn++) {
            Thread.sleep(100);
        }
        // several more turns of the cron, on either instance
        Thread.sleep(8_000);

        YearMonth lastMonth = YearMonth.now(ZoneId.of("Europe/Copenhagen")).minusMonths(1);
        String month = lastMonth.getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE,
                java.util.Locale.of("da")) + " " + lastMonth.getYear();
        List<MimeMessage> toender = MailCatcher.mailsTo("data@toender.example.dk");
        assertThat(toender).as("Tønder's meetings are late: one reminder").hasSize(1);
        assertThat(toender.getFirst().getSubject()).isEqualTo("Samspil: filer for " + month + " mangler fra Tønder");
        assertThat(DigestsTest.text(toender.getFirst())).contains("• Netværksmøder").doesNotContain("• Resultater");
        assertThat(MailCatcher.mailsTo("data@langeland.example.dk")).hasSize(1);
        List<MimeMessage> aeroe = MailCatcher.mailsTo("data@aeroe.example.dk");
        assertThat(aeroe).as("Ærø's contact reads English").hasSize(1);
        assertThat(aeroe.getFirst().getSubject()).startsWith("Samspil: files for ").endsWith(" are missing from Ærø");
        assertThat(DigestsTest.text(aeroe.getFirst())).contains("• Outcomes");
        // Odense delivered everything of last month (on the 1st the demo has not delivered last month yet)
        int odense = LocalDate.now(ZoneId.of("Europe/Copenhagen")).getDayOfMonth() == 1 ? 1 : 0;
        assertThat(MailCatcher.mailsTo("data@odense.example.dk")).hasSize(odense);
        assertThat(jdbc.sql("SELECT scope FROM sent_notice WHERE kind = 'LATE_FILE_REMINDER' AND period = ?")
                .param(lastMonth.atDay(1)).query(String.class).list())
                .as("claimed once each").hasSize(3 + odense).contains("482", "492", "550").doesNotHaveDuplicates();
        assertThat(jdbc.sql("SELECT name FROM shedlock").query(String.class).list()).contains("late-file-reminders");
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SamspilApplication.class).listeners(OneLoggingSetUpAtATime.listeners())
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + SERVER + schema, "--spring.datasource.username=root",
                        "--spring.datasource.password=",
                        "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                        "--samspil.demo.enabled=true",
                        "--samspil.deliveries.reminder-day=1", "--samspil.deliveries.reminder-cron=*/2 * * * * *",
                        // the production minute would leave one turn a minute; the sent_notice row keeps it to one mail
                        "--samspil.deliveries.reminder-lock-at-least-for=PT1S");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER, "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
