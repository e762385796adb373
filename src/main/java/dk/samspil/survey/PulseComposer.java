package dk.samspil.survey;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Which items a wave asks: 3 PS items and 4 RCL items rotating by
 * month so that every item is asked each quarter, and all 7 RC items about one target sector.
 * A full wave asks everything.
 */
public final class PulseComposer {

    static final int PS_PER_PULSE = 3;
    static final int RCL_PER_PULSE = 4;

    private PulseComposer() {
    }

    /** The instruments' items to ask in this month's wave, in the order they are shown. */
    public static List<AskedItem> compose(WaveKind kind, YearMonth month, Instrument ps, Instrument rcl, Instrument rc) {
        List<AskedItem> asked = new ArrayList<>();
        if (kind == WaveKind.FULL) {
            ps.items().forEach(item -> asked.add(new AskedItem(ps, item)));
            rcl.items().forEach(item -> asked.add(new AskedItem(rcl, item)));
        } else {
            rotate(ps, PS_PER_PULSE, month).forEach(item -> asked.add(new AskedItem(ps, item)));
            rotate(rcl, RCL_PER_PULSE, month).forEach(item -> asked.add(new AskedItem(rcl, item)));
        }
        rc.items().forEach(item -> asked.add(new AskedItem(rc, item)));
        return asked;
    }

    /**
     * Consecutive items, continuing each month where the last month stopped: over three months
     * 3 × 3 = 9 ≥ 7 PS items and 3 × 4 = 12 ≥ 6 RCL items, so each quarter covers them all.
     */
    static List<Item> rotate(Instrument instrument, int perWave, YearMonth month) {
        List<Item> items = instrument.items();
        int start = Math.floorMod((long) monthIndex(month) * perWave, items.size());
        List<Item> chosen = new ArrayList<>(perWave);
        for (int i = 0; i < Math.min(perWave, items.size()); i++) {
            chosen.add(items.get((start + i) % items.size()));
        }
        chosen.sort((a, b) -> Integer.compare(a.position(), b.position()));
        return chosen;
    }

    private static int monthIndex(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    /** An item as asked in a wave, with the instrument that gives it its scale. */
    public record AskedItem(Instrument instrument, Item item) {
    }
}
