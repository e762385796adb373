package dk.samspil.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rule for passwords set from now on: long, not common, not the user name. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"", "kort", "elleve-tegn", "ÆØÅæøåÆØÅæø"})
    void fewer_than_twelve_characters_are_refused(String password) {
        assertThat(policy.check("data", password)).contains(PasswordProblem.TOO_SHORT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password1234", "PASSWORD1234", "qwertyuiop123", "Sommerhus2026!", "velkommen2026",
            "123456789012", "aaaaaaaaaaaa", "Odense1234567", "kodeordkodeord", "1q2w3e4r5t6y"})
    void a_common_password_is_refused_whatever_its_case(String password) {
        assertThat(policy.check("data", password)).contains(PasswordProblem.TOO_COMMON);
    }

    @Test
    void a_password_holding_the_user_name_is_refused() {
        assertThat(policy.check("leder.odense", "Leder.Odense-er-mig")).contains(PasswordProblem.HOLDS_USER_NAME);
    }

    @Test
    void more_than_bcrypt_reads_is_refused_rather_than_cut_silently() {
        assertThat(policy.check("data", "a".repeat(30) + "ø".repeat(22))).contains(PasswordProblem.TOO_LONG);
        assertThat(policy.check("data", "hest batteri hæfteklamme korrekt")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"samspil-demo", "a-long-password", "fire ord der huskes", "Grøn-Kaffe-Tirsdag-7"})
    void a_long_uncommon_password_passes(String password) {
        assertThat(policy.check("styregruppe", password)).isEmpty();
    }

    @Test
    void the_refusal_says_why_but_never_what_the_password_was() {
        assertThatThrownBy(() -> policy.require("data", "password1234"))
                .isInstanceOf(PasswordRejected.class)
                .hasMessageContaining("common")
                .hasMessageNotContaining("password1234")
                .satisfies(e -> assertThat(((PasswordRejected) e).problem().messageKey()).isEqualTo("password.problem.TOO_COMMON"));
    }

    @Test
    void the_shipped_list_has_thousands_of_entries_of_twelve_characters_or_more() throws Exception {
        try (var in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            var entries = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#")).toList();
            assertThat(entries).hasSizeGreaterThan(3000).allSatisfy(entry -> assertThat(entry.length()).isGreaterThanOrEqualTo(12));
        }
    }
}
