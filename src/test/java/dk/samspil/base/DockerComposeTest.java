package dk.samspil.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs on our machines, so docker-compose.yml is checked here instead: it must
 * give the app exactly the settings the app reads, and make the app wait for a healthy database.
 */
class DockerComposeTest {

    @Test
    @SuppressWarnings("unchecked")
    void compose_runs_the_app_against_a_healthy_mariadb_with_the_settings_the_app_reads() throws IOException {
        Map<String, Object> services = services();
        Map<String, Object> db = (Map<String, Object>) services.get("db");
        Map<String, Object> app = (Map<String, Object>) services.get("app");

        assertThat((String) db.get("image")).startsWith("mariadb:");
        assertThat(db).containsKey("healthcheck");
        assertThat((java.util.List<String>) db.get("volumes")).anyMatch(v -> v.endsWith(":/var/lib/mysql"));
        assertThat((Map<String, Object>) app.get("depends_on"))
                .containsEntry("db", Map.of("condition", "service_healthy"));
        assertThat((String) ((Map<String, Object>) app.get("build")).get("dockerfile_inline")).contains("-Pproduction");

        Map<String, Object> environment = (Map<String, Object>) app.get("environment");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        String read = String.join("\n", properties.stringPropertyNames().stream().map(properties::getProperty).toList());
        for (String variable : environment.keySet()) {
            if (!variable.startsWith("SPRING_")) {
                assertThat(read).as("the app reads %s", variable).contains("${" + variable + ":");
            }
        }
        Map<String, Object> dbEnvironment = (Map<String, Object>) db.get("environment");
        Matcher url = Pattern.compile("jdbc:mariadb://db:3306/(\\w+)").matcher((String) environment.get("SAMSPIL_DB_URL"));
        assertThat(url.matches()).isTrue();
        assertThat(dbEnvironment.get("MARIADB_DATABASE")).isEqualTo(url.group(1));
        assertThat(dbEnvironment.get("MARIADB_USER")).isEqualTo(environment.get("SAMSPIL_DB_USER"));
        assertThat(dbEnvironment.get("MARIADB_PASSWORD")).isEqualTo(environment.get("SAMSPIL_DB_PASSWORD"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_apps_mail_goes_to_a_mailpit_whose_mails_a_browser_shows() throws IOException {
        Map<String, Object> services = services();
        Map<String, Object> mailpit = (Map<String, Object>) services.get("mailpit");
        assertThat((String) mailpit.get("image")).startsWith("axllent/mailpit:");
        assertThat((java.util.List<String>) mailpit.get("ports")).contains("8025:8025");
        Map<String, Object> app = (Map<String, Object>) services.get("app");
        Map<String, Object> environment = (Map<String, Object>) app.get("environment");
        assertThat(environment).containsEntry("SAMSPIL_MAIL_HOST", "${SAMSPIL_MAIL_HOST:-mailpit}")
                .containsEntry("SAMSPIL_MAIL_PORT", "${SAMSPIL_MAIL_PORT:-1025}")
                .containsKey("SAMSPIL_PUBLIC_URL");
        assertThat((Map<String, Object>) app.get("depends_on")).containsKey("mailpit");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_sso_profile_runs_a_keycloak_with_the_tests_realm_that_knows_the_apps_client() throws IOException {
        Map<String, Object> services = services();
        Map<String, Object> keycloak = (Map<String, Object>) services.get("keycloak");
        Map<String, Object> app = (Map<String, Object>) services.get("app");

        assertThat((String) keycloak.get("image")).startsWith("quay.io/keycloak/keycloak:26.");
        assertThat((java.util.List<String>) keycloak.get("profiles")).containsExactly("sso");
        assertThat((java.util.List<String>) keycloak.get("command")).contains("start-dev", "--import-realm");
        String imported = ((java.util.List<String>) keycloak.get("volumes")).getFirst();
        assertThat(imported).endsWith(":/opt/keycloak/data/import:ro");
        Path realmFolder = Path.of(imported.substring(0, imported.indexOf(':')));
        String realm = Files.readString(realmFolder.resolve("samspil-realm.json"));

        Map<String, Object> environment = (Map<String, Object>) app.get("environment");
        assertThat((String) environment.get("SAMSPIL_SSO_ISSUER_URI")).as("off unless asked for").isEqualTo("${SAMSPIL_SSO_ISSUER_URI:-}");
        for (String variable : new String[] {"SAMSPIL_SSO_CLIENT_ID", "SAMSPIL_SSO_CLIENT_SECRET", "SAMSPIL_SSO_ROLE_STEERING",
                "SAMSPIL_SSO_ROLE_MUNICIPAL_LEAD", "SAMSPIL_SSO_ROLE_PROFESSIONAL", "SAMSPIL_SSO_ROLE_DATA_MANAGER"}) {
            String value = (String) environment.get(variable);
            String fallback = value.substring(value.indexOf(":-") + 2, value.length() - 1);
            assertThat(realm).as("the realm has what %s defaults to", variable).contains("\"" + fallback + "\"");
        }
        assertThat(realm).contains("http://localhost:8080/login/oauth2/code/sso");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
            return (Map<String, Object>) ((Map<String, Object>) new Yaml().load(reader)).get("services");
        }
    }
}
