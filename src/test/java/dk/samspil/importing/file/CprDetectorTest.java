package dk.samspil.importing.file;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CprDetectorTest {

    @ParameterizedTest
    @ValueSource(strings = {"0101901234", "010190-1234", "borger 3112991234 ringede", "R0101901234", "290200-1234",
            "x;0101901234", "010190 1234", "010190–1234", "０１０１９０１２３４"})
    void ten_digits_or_a_dashed_number_starting_with_a_valid_date_is_cpr_like(String text) {
        assertThat(CprDetector.containsCprNumber(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "3102901234", "290201-1234", "01019012345", "0101901234567", "010190-12345",
            "2026-10-07", "M-461-00001", "0101901", ""})
    void other_numbers_are_not(String text) {
        assertThat(CprDetector.containsCprNumber(text)).isFalse();
    }

    @Test
    void the_database_refuses_any_six_and_four_digits_in_a_case_reference_date_or_not() {
        assertThat(CprDetector.hasCprShape("ODE-1234567890")).isTrue();
        assertThat(CprDetector.hasCprShape("999999-9999")).isTrue();
        assertThat(CprDetector.hasCprShape("ODE-0001")).isFalse();
        assertThat(CprDetector.hasCprShape("123456-123")).isFalse();
    }

    @Test
    void an_error_argument_that_looks_like_a_cpr_number_is_hidden() {
        RowError error = RowError.of(4, "note", "import.error.too-long", "note", "tlf 010190-1234");

        assertThat(error.arguments()).containsExactly("note", RowError.HIDDEN);
        assertThat(error.toString()).doesNotContain("010190");
    }
}
