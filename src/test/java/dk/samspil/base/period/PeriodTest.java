package dk.samspil.base.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final YearMonth NOVEMBER_2026 = YearMonth.of(2026, 11);

    @Test
    void the_last_months_end_with_the_last_complete_month() {
        Period period = Period.parse("24m", NOVEMBER_2026).orElseThrow();
        assertThat(period.from()).isEqualTo(YearMonth.of(2024, 11));
        assertThat(period.to()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(period.months()).isEqualTo(24);
        assertThat(period.axis()).hasSize(24).startsWith(YearMonth.of(2024, 11)).endsWith(YearMonth.of(2026, 10));
    }

    @Test
    void the_running_year_stops_at_the_last_complete_month_and_a_past_year_is_whole() {
        assertThat(Period.parse("2026", NOVEMBER_2026).orElseThrow().to()).isEqualTo(YearMonth.of(2026, 10));
        Period past = Period.parse("2025", NOVEMBER_2026).orElseThrow();
        assertThat(past.months()).isEqualTo(12);
        assertThat(past.isCalendarYear()).isTrue();
    }

    @Test
    void values_that_are_not_offered_are_refused_and_the_choices_read_back() {
        assertThat(Period.parse("13m", NOVEMBER_2026)).isEmpty();
        assertThat(Period.parse("2030", NOVEMBER_2026)).isEmpty();
        assertThat(Period.parse("1999", NOVEMBER_2026)).isEmpty();
        assertThat(Period.parse("'; DROP", NOVEMBER_2026)).isEmpty();
        assertThat(Period.choices(NOVEMBER_2026)).allSatisfy(choice ->
                assertThat(Period.parse(choice.key(), NOVEMBER_2026)).contains(choice));
    }

    @Test
    void a_services_own_span_walks_its_months_and_bounds_its_days() {
        Period quarter = Period.between(YearMonth.of(2025, 11), YearMonth.of(2026, 1));
        assertThat(quarter.axis()).containsExactly(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1));
        assertThat(quarter.months()).isEqualTo(3);
        assertThat(quarter.firstDay()).isEqualTo(java.time.LocalDate.of(2025, 11, 1));
        assertThat(quarter.dayAfter()).isEqualTo(java.time.LocalDate.of(2026, 2, 1));
        assertThat(Period.parse(quarter.key(), NOVEMBER_2026)).as("not a choice of the filter").isEmpty();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> Period.between(YearMonth.of(2026, 2), YearMonth.of(2026, 1)));
    }
}
