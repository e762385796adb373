package dk.samspil.base.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dk.samspil.support.CprCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** However a CPR number is written it is found, and ordinary values are left alone (decision 0013). */
class CprNumbersTest {

    @Test
    void every_written_form_of_a_valid_date_is_found() {
        List<String> variants = CprCorpus.validVariants();

        assertThat(variants).hasSizeGreaterThan(10_000);
        assertThat(variants).filteredOn(value -> !CprNumbers.containsCprNumber(value)).as("not found").isEmpty();
        assertThat(variants).filteredOn(value -> !CprNumbers.containsCprNumber(value.toCharArray(), 0, value.length()))
                .as("not found in a buffer").isEmpty();
    }

    @Test
    void the_same_forms_of_dates_that_do_not_exist_are_not_cpr_numbers() {
        assertThat(CprCorpus.invalidVariants()).filteredOn(CprNumbers::containsCprNumber).as("taken for CPR numbers")
                .isEmpty();
    }

    @Test
    void phone_numbers_dates_amounts_and_the_samples_references_are_not_cpr_numbers() {
        assertThat(CprCorpus.ordinary()).filteredOn(CprNumbers::containsCprNumber).as("taken for CPR numbers").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"010190 1234", "010190\u20131234", "\uFF10\uFF11\uFF10\uFF11\uFF19\uFF10\uFF11\uFF12\uFF13\uFF14",
            "\u0660\u0661\u0660\u0661\u0669\u0660-\u0661\u0662\u0663\u0664", "01 01 90 12 34", "01.01.90-1234",
            "010190\u00A01234", "010190\u20091234", "0101\u200B901234", "010190 - 1234", "01/01/90-1234",
            "Borgeren (010190-1234) ringede", "\u2776\u2780\u2776\u2780\u277E\u2776\u2780\u2781\u2782\u2783",
            "\u24EA\u2460\u24EA\u2460\u2468\u24EA\u2460\u2461\u2462\u2463"})
    void the_issues_examples_and_their_kin_are_found(String value) {
        assertThat(CprNumbers.containsCprNumber(value)).isTrue();
        assertThat(CprNumbers.hidden(value)).isEqualTo(CprNumbers.HIDDEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"01019-01234", "0101901234 5 6", "010190    1234", "010190,1234", "010190_1234"})
    void digits_that_do_not_stand_as_one_number_are_not(String value) {
        // "0101901234 5 6" is found: its first ten digits stand as one group
        assertThat(CprNumbers.containsCprNumber(value)).isEqualTo(value.startsWith("0101901234"));
    }

    @Test
    void a_text_without_one_is_kept_as_it_is() {
        assertThat(CprNumbers.hidden("ODE-0001")).isEqualTo("ODE-0001");
        assertThat(CprNumbers.containsCprNumber((String) null)).isFalse();
    }
}
