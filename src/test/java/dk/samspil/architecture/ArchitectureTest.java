package dk.samspil.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layout rules of STYLE.md that the module check does not cover. */
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
     * Survey answers are read only through {@code SurveyResults} and the rest of the survey module,
     * which apply the anonymity rule. SQL is text, so the sources are searched: outside the survey
     * module the answer tables may only be written (the demo generator), never read.
     */
    @Test
    void only_the_survey_module_reads_the_answer_tables() throws IOException {
        Pattern read = Pattern.compile("(?is)\\b(FROM|JOIN)\\s+`?(survey_response|survey_answer|survey_participation)\\b");
        Path main = Path.of("src/main/java/dk/samspil");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(main)) {
            offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.startsWith(main.resolve("survey")))
                    .filter(file -> read.matcher(content(file)).find())
                    .map(Path::toString)
                    .toList();
        }
        assertThat(offenders).isEmpty();
        assertThat(read.matcher("SELECT score FROM survey_answer").find()).as("the search finds a read").isTrue();
    }

    private static String content(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
