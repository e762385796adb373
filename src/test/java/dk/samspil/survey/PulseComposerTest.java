package dk.samspil.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PulseComposerTest {

    private static final Instrument PS = instrument("PS", 7);
    private static final Instrument RCL = instrument("RCL", 6);
    private static final Instrument RC = instrument("RC", 7);

    @Test
    void a_pulse_asks_3_ps_4_rcl_and_all_7_rc_items_at_most_14() {
        List<PulseComposer.AskedItem> asked = PulseComposer.compose(WaveKind.PULSE, YearMonth.of(2026, 10), PS, RCL, RC);
        assertThat(asked).hasSize(14);
        assertThat(asked.stream().filter(a -> a.instrument() == PS)).hasSize(3);
        assertThat(asked.stream().filter(a -> a.instrument() == RCL)).hasSize(4);
        assertThat(asked.stream().filter(a -> a.instrument() == RC)).hasSize(7);
    }

    @Test
    void every_ps_and_rcl_item_is_asked_in_every_calendar_quarter() {
        for (int quarter = 0; quarter < 8; quarter++) {
            YearMonth first = YearMonth.of(2026, 1).plusMonths(quarter * 3L);
            Set<String> asked = new HashSet<>();
            IntStream.range(0, 3).forEach(m -> PulseComposer.compose(WaveKind.PULSE, first.plusMonths(m), PS, RCL, RC)
                    .forEach(a -> asked.add(a.item().code())));
            assertThat(asked).as("quarter from %s", first).hasSize(20);
        }
    }

    @Test
    void a_full_wave_asks_every_item() {
        assertThat(PulseComposer.compose(WaveKind.FULL, YearMonth.of(2026, 10), PS, RCL, RC)).hasSize(20);
    }

    private static Instrument instrument(String code, int items) {
        return new Instrument(code.hashCode(), code, 1, Construct.ROLE_CLARITY, code, code, 1, 7, "", "", "", "", false,
                IntStream.rangeClosed(1, items)
                        .mapToObj(i -> new Item(code.hashCode() * 100L + i, code + i, i, "", "", false)).toList());
    }
}
