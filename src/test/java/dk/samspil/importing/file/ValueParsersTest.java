package dk.samspil.importing.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dk.samspil.casework.CaseStatus;

class ValueParsersTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-07", "07-10-2026", "07.10.2026", "07/10/2026", "7.10.2026", " 07-10-2026 "})
    void dates_are_read_in_iso_and_day_first_forms(String text) {
        assertThat(Dates.parse(text)).isEqualTo(LocalDate.of(2026, 10, 7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01", "31.02.2026", "29-02-2027", "10/31/2026", "2026/10/07", "07-10-26",
            "07-10.2026", "2026-1-07x", "0026-10-07", "", "i går"})
    void impossible_and_month_first_dates_are_no_dates(String text) {
        assertThat(Dates.parse(text)).isNull();
    }

    @Test
    void a_date_is_always_read_day_first() {
        assertThat(Dates.parse("03/04/2026")).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(Dates.parse("29.02.2028")).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-10", "10-2026", "okt 2026", "oct 2026", "OKT 2026", "Okt. 2026", "oktober 2026",
            "October 2026", "okt-2026"})
    void months_are_read_in_numeric_danish_and_english_forms(String text) {
        assertThat(Months.parse(text)).isEqualTo(YearMonth.of(2026, 10));
    }

    @Test
    void may_and_maj_are_both_may() {
        assertThat(Months.parse("maj 2026")).isEqualTo(YearMonth.of(2026, 5));
        assertThat(Months.parse("May 2026")).isEqualTo(YearMonth.of(2026, 5));
        assertThat(Months.parse("3-2026")).isEqualTo(YearMonth.of(2026, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "13-2026", "okt2026", "foo 2026", "2026", "okt 26", "2026-10-01", ""})
    void other_texts_are_no_months(String text) {
        assertThat(Months.parse(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-Q3", "2026K3", "2026q3", "2026-k3"})
    void quarters_are_read_with_q_or_k(String text) {
        assertThat(YearQuarter.parse(text)).isEqualTo(new YearQuarter(2026, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-Q5", "2026-Q0", "Q3-2026", "2026-3", "2026X3", ""})
    void other_texts_are_no_quarters(String text) {
        assertThat(YearQuarter.parse(text)).isNull();
    }

    @Test
    void decimals_take_a_comma_or_a_point_and_no_thousands_separator() {
        assertThat(Numbers.parseDecimal("3,5")).isEqualByComparingTo("3.5");
        assertThat(Numbers.parseDecimal("3.5")).isEqualByComparingTo("3.5");
        assertThat(Numbers.parseDecimal("4")).isEqualByComparingTo(BigDecimal.valueOf(4));
        assertThat(Numbers.parseDecimal("-1,25")).isEqualByComparingTo("-1.25");
        assertThat(Numbers.parseDecimal("1.234,5")).isNull();
        assertThat(Numbers.parseDecimal("1,2,3")).isNull();
        assertThat(Numbers.parseDecimal("3,")).isNull();
        assertThat(Numbers.parseDecimal(",5")).isNull();
        assertThat(Numbers.parseDecimal("3.5e2")).isNull();
        assertThat(Numbers.parseDecimal("")).isNull();
    }

    @Test
    void whole_numbers_are_digits_with_an_optional_sign() {
        assertThat(Numbers.parseInt("12")).isEqualTo(12);
        assertThat(Numbers.parseInt("+3")).isEqualTo(3);
        assertThat(Numbers.parseInt("-2")).isEqualTo(-2);
        assertThat(Numbers.parseInt("3.0")).isNull();
        assertThat(Numbers.parseInt("1 000")).isNull();
        assertThat(Numbers.parseInt("1234567890")).isNull();
        assertThat(Numbers.parseInt("-")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "JA", "yes", "true", "TRUE", "1", "j", "y", "Y", "sand"})
    void these_mean_yes(String text) {
        assertThat(Booleans.parse(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nej", "no", "false", "0", "n", "N", "falsk"})
    void these_mean_no(String text) {
        assertThat(Booleans.parse(text)).isFalse();
    }

    @Test
    void anything_else_is_no_boolean() {
        assertThat(Booleans.parse("måske")).isNull();
        assertThat(Booleans.parse("2")).isNull();
    }

    @Test
    void codes_are_read_in_english_or_danish_in_any_case_and_with_danish_letters() {
        assertThat(Codes.CASE_STATUS.parse("afsluttet")).isEqualTo(CaseStatus.ENDED);
        assertThat(Codes.CASE_STATUS.parse("Active")).isEqualTo(CaseStatus.ACTIVE);
        assertThat(Codes.MEETING_TYPE.parse("Opfølgning")).isEqualTo(MeetingType.FOLLOW_UP);
        assertThat(Codes.MEETING_TYPE.parse("follow-up")).isEqualTo(MeetingType.FOLLOW_UP);
        assertThat(Codes.PLAN_STATUS.parse("uændret")).isEqualTo(PlanStatus.UNCHANGED);
        assertThat(Codes.PLAN_STATUS.parse("ingen")).isEqualTo(PlanStatus.NONE);
        assertThat(Codes.HOUSING.parse("hjemløs")).isEqualTo(Housing.HOMELESS);
        assertThat(Codes.EMPLOYMENT.parse("flex")).isEqualTo(Employment.FLEX);
        assertThat(Codes.CASE_STATUS.parse("closed")).isNull();
    }

    @Test
    void the_allowed_spellings_are_listed_for_the_error_message() {
        assertThat(Codes.CASE_STATUS.allowed()).isEqualTo("ACTIVE, PAUSED, ENDED / aktiv, pause, afsluttet");
    }

    @Test
    void column_names_fold_case_spaces_and_danish_letters() {
        assertThat(Names.fold(" Næste_Opfølgning ")).isEqualTo("naeste_opfoelgning");
        assertThat(Names.fold("KOMMUNEKODE")).isEqualTo("kommunekode");
        assertThat(Names.fold("case_ref")).isEqualTo("case_ref");
    }
}
