package dk.samspil.survey;

/**
 * How many months of closed waves a Culture figure pools (docs/decisions/0028): one wave, or a
 * calendar quarter, half-year or year. Calendar periods nest — a year is two half-years, a
 * half-year two quarters — so the difference of two pools is a pool of its own, held to the same
 * rule, and never a single wave.
 */
public enum Pooling {
    WAVE(1), QUARTER(3), HALF_YEAR(6), YEAR(12);

    private final int months;

    Pooling(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** The pooling one step shorter, whose two pools make up one of this; none below a quarter. */
    Pooling half() {
        return switch (this) {
            case YEAR -> HALF_YEAR;
            case HALF_YEAR -> QUARTER;
            default -> throw new IllegalStateException(this + " is not made of shorter pools");
        };
    }
}
