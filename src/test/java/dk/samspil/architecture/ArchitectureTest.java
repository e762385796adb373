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
}
