package dk.samspil.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The name of an uploaded file is shown, logged and stored, so it is cut to its own name and never holds a CPR number. */
class SafeFileNameTest {

    @Test
    void a_name_with_a_cpr_number_however_written_is_hidden() {
        assertThat(ImportService.safeFileName("cases-2026-10-010190 4821.csv")).isEqualTo("***.csv");
        assertThat(ImportService.safeFileName("borger \uFF10\uFF11\uFF10\uFF11\uFF19\uFF10\u2013\uFF14\uFF18\uFF12\uFF11.csv"))
                .isEqualTo("***.csv");
        assertThat(ImportService.safeFileName(ImportService.safeFileName("01.01.90-4821.csv"))).isEqualTo("***.csv");
    }

    @Test
    void an_ordinary_name_is_kept_and_a_path_is_cut_off() {
        assertThat(ImportService.safeFileName("meetings-2026-10-odense.csv")).isEqualTo("meetings-2026-10-odense.csv");
        assertThat(ImportService.safeFileName("../../etc/cases-2026-10.csv")).isEqualTo("cases-2026-10.csv");
        assertThat(ImportService.safeFileName("C:\\Users\\x\\Forløb 2026-10.csv")).isEqualTo("Forløb_2026-10.csv");
        assertThat(ImportService.safeFileName("tlf 12345678.csv")).isEqualTo("tlf_#.csv");
        assertThat(ImportService.safeFileName(null)).isEqualTo("file.csv");
    }
}
