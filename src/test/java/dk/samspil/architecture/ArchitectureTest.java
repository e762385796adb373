package dk.samspil.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.junit.jupiter.api.Test;

/** The layout rules that the module check does not cover. */
class ArchitectureTest {

    private static JavaClasses samspil;

    @BeforeAll
    static void importClasses() {
        samspil = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.samspil");
    }

    @Test
    void views_never_touch_the_database_or_the_batch_machinery() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().resideInAPackage("org.springframework.data.repository..")
                .orShould().dependOnClassesThat().resideInAPackage("org.springframework.batch..")
                .orShould().dependOnClassesThat().areAnnotatedWith(org.springframework.stereotype.Repository.class)
                .check(samspil);
    }

    @Test
    void views_live_in_a_ui_package_and_say_who_may_open_them() {
        classes().that().areAnnotatedWith(Route.class)
                .should().resideInAPackage("..ui..")
                .andShould().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
                .orShould().beAnnotatedWith(com.vaadin.flow.server.auth.AnonymousAllowed.class)
                .check(samspil);
    }

    @Test
    void views_are_package_private() {
        classes().that().areAnnotatedWith(Route.class).and().doNotHaveSimpleName("LoginView")
                .should().notBePublic()
                .check(samspil);
    }

    @Test
    void repositories_are_internal_to_their_module() {
        classes().that().areAnnotatedWith(org.springframework.stereotype.Repository.class)
                .should().notBePublic()
                .check(samspil);
    }

    /**
     * Which module owns each table of {@code db-migrations}: only the owner's sources read
     * ({@code FROM}, {@code JOIN}) or write ({@code INSERT INTO}, {@code UPDATE}, {@code DELETE FROM},
     * {@code REPLACE INTO}, {@code LOAD DATA … INTO TABLE}) it; everyone else asks the owner's API.
     * A table without an owner here fails the test, so every new migration says whose it is.
     */
    private static final Map<String, String> OWNER = owners(Map.ofEntries(
            Map.entry("municipality", List.of("municipality", "region", "sector")),
            Map.entry("security", List.of("app_user", "sign_in_throttle", "password_reset")),
            Map.entry("audit", List.of("audit_log", "audit_chain_head")),
            Map.entry("base", List.of("shedlock")),
            Map.entry("mail", List.of("user_mail_preference", "user_mail_language", "mail_signing_key")),
            Map.entry("casework", List.of("citizen_case", "network_meeting", "network_meeting_sector", "action_plan",
                    "agreed_action")),
            Map.entry("outcome", List.of("monthly_outcome")),
            Map.entry("survey", List.of("survey_instrument", "survey_item", "survey_wave", "survey_wave_municipality",
                    "survey_invitation", "survey_response", "survey_answer", "survey_participation", "survey_channel",
                    "survey_score_cell", "survey_score_cell_wave", "survey_score_total", "core_element_assessment",
                    "survey_mail_address", "survey_mailing", "survey_mail_reminder")),
            Map.entry("delivery", List.of("delivery_contact", "sent_notice")),
            Map.entry("importing", List.of("import_record", "import_error", "import_municipality", "batch_job_instance",
                    "batch_job_execution", "batch_job_execution_params", "batch_job_execution_context", "batch_step_execution",
                    "batch_step_execution_context")),
            Map.entry("improvement", List.of("indicator_target", "improvement_action", "improvement_action_indicator")),
            Map.entry("dashboard", List.of("outcome_month_figures", "meeting_month_figures",
                    "meeting_sector_month_figures", "case_month_figures", "case_outcome_change",
                    "monthly_figures_stale"))));

    /** Reference data: every module may read it (to show a name or a region), only its owner writes it. */
    private static final Set<String> READABLE_BY_ALL = Set.of("municipality", "region", "sector");

    /** Survey answers are read only inside the survey module, which applies the anonymity rule. */
    private static final Set<String> ANSWERS = Set.of("survey_response", "survey_answer", "survey_participation");

    private static final Pattern TABLE_USE = Pattern.compile("(?is)\\b(FROM|JOIN|INSERT\\s+(?:IGNORE\\s+)?INTO"
            + "|REPLACE\\s+INTO|UPDATE|INTO\\s+TABLE)\\s+`?([a-z_0-9]+)`?");

    private static final Pattern DELETE_BEFORE = Pattern.compile("(?is)\\bDELETE(\\s+\\w+(\\s*,\\s*\\w+)*)?\\s*$");

    /**
     * Each module's tables are its own. Two named exceptions, each for a reason the owners' APIs
     * cannot serve:
     * <ul>
     * <li>{@code dashboard/MonthlyFigures} builds the pre-aggregated monthly tables from the raw rows
     * of casework and outcome in set-based SQL ({@code INSERT … SELECT … GROUP BY}); going through
     * the owners' APIs would move every row to Java and back. It reads, and writes only dashboard's
     * own tables.</li>
     * <li>The {@code demo} module seeds every table of an empty database with JDBC batches, millions
     * of rows at national scale, and reads back what it seeded to resume; the Flyway schema is its
     * contract (its package-info). Routing it through the owners' import APIs would make it an
     * importer with per-module transactions and the import job's costs, for data that exists only to
     * be shown. It may read and write any table except reading the survey answers: even the demo
     * reads no answers outside the module that applies the anonymity rule.</li>
     * </ul>
     * SQL is text, so the sources are searched; a table name built at run time is not seen.
     */
    @Test
    void each_module_reads_and_writes_only_its_own_tables() throws IOException {
        assertThat(migratedTables()).as("every table of db-migrations has an owner, and every owned table exists")
                .isEqualTo(OWNER.keySet());
        Path main = Path.of("src/main/java/dk/samspil");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String module = main.relativize(file).getName(0).toString();
                String source = main.relativize(file).toString().replace('\\', '/');
                offenders.addAll(foreignTables(module, source, content(file)));
            }
        }
        assertThat(offenders).isEmpty();

        assertThat(foreignTables("dashboard", "dashboard/Some.java", "SELECT score FROM survey_answer a"))
                .as("the search finds a read of another module's table").hasSize(1);
        assertThat(foreignTables("survey", "survey/Some.java", "LOAD DATA LOCAL INFILE 'x' INTO TABLE `citizen_case`"))
                .as("and a bulk load").hasSize(1);
        assertThat(foreignTables("demo", "demo/Some.java", "SELECT 1 FROM survey_response"))
                .as("the demo reads no answers").hasSize(1);
        assertThat(foreignTables("outcome", "outcome/Some.java", "DELETE o FROM monthly_outcome o WHERE o.case_id = ?"))
                .as("a module's own delete").isEmpty();
        assertThat(foreignTables("casework", "casework/Some.java", "DELETE FROM sector WHERE code = ?"))
                .as("reference data is written only by its owner").hasSize(1);
        assertThat(foreignTables("casework", "casework/Some.java", "JOIN sector s ON s.code = c.sector_code"))
                .as("reference data is readable by all").isEmpty();
    }

    private static List<String> foreignTables(String module, String source, String text) {
        List<String> found = new ArrayList<>();
        Matcher use = TABLE_USE.matcher(text);
        while (use.find()) {
            String table = use.group(2).toLowerCase(Locale.ROOT);
            String owner = OWNER.get(table);
            // FROM after DELETE (also "DELETE o FROM t o") is a write
            boolean read = (use.group(1).equalsIgnoreCase("FROM") || use.group(1).equalsIgnoreCase("JOIN"))
                    && !DELETE_BEFORE.matcher(text.substring(Math.max(0, use.start() - 40), use.start())).find();
            boolean allowed = owner == null || owner.equals(module)
                    || (read && READABLE_BY_ALL.contains(table))
                    || (source.equals("dashboard/MonthlyFigures.java") && (read || owner.equals("dashboard")))
                    || (module.equals("demo") && !(read && ANSWERS.contains(table)));
            if (!allowed) {
                found.add(source + " " + use.group(1).replaceAll("\\s+", " ").toUpperCase(Locale.ROOT) + " " + table
                        + " (owned by " + owner + ")");
            }
        }
        return found;
    }

    private static Set<String> migratedTables() throws IOException {
        Pattern create = Pattern.compile("(?i)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?([A-Za-z_0-9]+)");
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("db-migrations"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher table = create.matcher(content(file));
                while (table.find()) {
                    tables.add(table.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables;
    }

    private static Map<String, String> owners(Map<String, List<String>> tablesByModule) {
        Map<String, String> owners = new TreeMap<>();
        tablesByModule.forEach((module, tables) -> tables.forEach(table -> owners.put(table, module)));
        return owners;
    }

    private static String content(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Several instances share one database: every scheduled task runs on one of them at a time. The
     * upload retention is the exception, since each instance cleans its own data directory.
     */
    @Test
    void every_scheduled_task_is_locked_across_instances() {
        methods().that().areAnnotatedWith(org.springframework.scheduling.annotation.Scheduled.class)
                .and().areDeclaredInClassesThat().doNotHaveFullyQualifiedName("dk.samspil.importing.UploadRetention")
                .should().beAnnotatedWith(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class)
                .check(samspil);
    }

    /** What runs at start-up: an ApplicationRunner, or a listener of ApplicationReadyEvent. */
    private static final DescribedPredicate<JavaMethod> RUN_AT_START_UP = new DescribedPredicate<>("run at start-up") {
        @Override
        public boolean test(JavaMethod method) {
            if (method.getName().equals("run") && method.getOwner().isAssignableTo(ApplicationRunner.class)) {
                return true;
            }
            return method.tryGetAnnotationOfType(EventListener.class)
                    .map(on -> Stream.concat(Stream.of(on.value()), Stream.of(on.classes()))
                            .anyMatch(ApplicationReadyEvent.class::equals))
                    .orElse(false);
        }
    };

    /** The same for what runs at start-up: instances starting together run it once. */
    @Test
    void every_start_up_task_is_locked_across_instances() {
        methods().that(RUN_AT_START_UP)
                .should().beAnnotatedWith(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class)
                .check(samspil);
    }

    /**
     * A command-line process (base.cli.LeanContext) runs one job and exits: no start-up or scheduled
     * task of the server may run in it, so each lives in a class marked as the server's. The recovery
     * of interrupted imports is the exception: a command-line import after a crash needs it (its
     * schedule still runs on the server only, since a command schedules nothing).
     */
    @Test
    void every_start_up_and_scheduled_task_is_a_server_task() {
        methods().that(RUN_AT_START_UP.or(DescribedPredicate.describe("scheduled",
                        (JavaMethod method) -> method.isAnnotatedWith(org.springframework.scheduling.annotation.Scheduled.class))))
                .and().areDeclaredInClassesThat().doNotHaveFullyQualifiedName("dk.samspil.importing.batch.InterruptedImports")
                .should().beDeclaredInClassesThat().areAnnotatedWith(dk.samspil.base.ServerTask.class)
                .check(samspil);
    }

    @Test
    void statistics_stay_free_of_spring() {
        noClasses().that().resideInAPackage("dk.samspil.statistics..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .allowEmptyShould(true)
                .check(samspil);
    }

    /**
     * Services, records and rules know nothing of pages: a {@code Period} is not a UI type. Only the
     * web security configuration names a page, the login view, as Vaadin's security setup requires.
     */
    @Test
    void no_class_outside_a_ui_package_depends_on_a_ui_package() {
        noClasses().that().resideOutsideOfPackage("dk.samspil..ui..")
                .and().areNotAnnotatedWith(org.springframework.context.annotation.Configuration.class)
                .should().dependOnClassesThat().resideInAPackage("dk.samspil..ui..")
                .check(samspil);
    }

    /** The small-cell rule is the services' to apply: a page only ever receives the counts it may show. */
    @Test
    void no_view_applies_the_small_cell_rule_itself() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("dk.samspil.statistics.SmallCells")
                .check(samspil);
    }

    /** STYLE.md: a view of more than about 250 lines hides a panel, a chart or a filter that wants a class. */
    @Test
    void no_view_is_over_250_lines() throws IOException {
        List<String> tooLong = new java.util.ArrayList<>();
        for (com.tngtech.archunit.core.domain.JavaClass view : samspil) {
            if (view.isAnnotatedWith(Route.class)) {
                Path source = Path.of("src/main/java", view.getName().replace('.', '/') + ".java");
                long lines = Files.readAllLines(source).size();
                if (lines > 250) {
                    tooLong.add(view.getSimpleName() + " " + lines);
                }
            }
        }
        assertThat(samspil.stream().filter(c -> c.isAnnotatedWith(Route.class))).as("the views are found").isNotEmpty();
        assertThat(tooLong).isEmpty();
    }
}
