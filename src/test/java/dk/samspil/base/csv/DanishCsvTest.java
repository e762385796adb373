package dk.samspil.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class DanishCsvTest {

    @Test
    void the_file_starts_with_a_bom_and_uses_semicolons_and_crlf() {
        assertThat(DanishCsv.of(List.of("kommune", "antal"), List.of(List.of("Ærø", "7"))))
                .isEqualTo("\uFEFFkommune;antal\r\nÆrø;7\r\n");
    }

    @Test
    void the_english_variant_uses_commas_and_quotes_cells_with_a_comma() {
        assertThat(DanishCsv.of(Locale.ENGLISH, List.of("municipality", "mean"), List.of(List.of("Ærø, south", "4.25"))))
                .isEqualTo("\uFEFFmunicipality,mean\r\n\"Ærø, south\",4.25\r\n");
        assertThat(DanishCsv.of(Locale.of("da", "DK"), List.of("a"), List.of(List.of("x,y")))).isEqualTo("\uFEFFa\r\nx,y\r\n");
    }

    @Test
    void dates_are_dd_mm_yyyy_in_danish_and_iso_in_english() {
        LocalDateTime time = LocalDateTime.of(2026, 12, 4, 9, 5, 7);
        assertThat(DanishCsv.date(Locale.of("da")).format(time)).isEqualTo("04-12-2026");
        assertThat(DanishCsv.dateTime(Locale.of("da")).format(time)).isEqualTo("04-12-2026 09:05:07");
        assertThat(DanishCsv.date(Locale.ENGLISH).format(time)).isEqualTo("2026-12-04");
        assertThat(DanishCsv.dateTime(Locale.ENGLISH).format(time)).isEqualTo("2026-12-04 09:05:07");
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
