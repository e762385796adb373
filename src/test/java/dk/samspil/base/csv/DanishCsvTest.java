package dk.samspil.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DanishCsvTest {

    @Test
    void the_file_starts_with_a_bom_and_uses_semicolons_and_crlf() {
        assertThat(DanishCsv.of(List.of("kommune", "antal"), List.of(List.of("Ærø", "7"))))
                .isEqualTo("\uFEFFkommune;antal\r\nÆrø;7\r\n");
    }

    @Test
    void formula_like_text_is_neutralised_but_numbers_stay_numbers() {
        assertThat(DanishCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(DanishCsv.cell("+45 1234")).isEqualTo("'+45 1234");
        assertThat(DanishCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(DanishCsv.cell("-cmd")).isEqualTo("'-cmd");
        assertThat(DanishCsv.cell("-0,5")).isEqualTo("-0,5");
        assertThat(DanishCsv.cell("4,2")).isEqualTo("4,2");
    }

    @Test
    void semicolons_quotes_and_line_breaks_are_quoted() {
        assertThat(DanishCsv.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(DanishCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }
}
