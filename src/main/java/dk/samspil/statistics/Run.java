package dk.samspil.statistics;

/**
 * A run: consecutive useful observations on the same side of the centre line. Points on the centre
 * line (and missing points) inside a run neither break it nor count towards its length
 * (Anhøj &amp; Olesen 2014), so {@code length} can be less than the span of indices.
 *
 * @param side       which side of the centre line the run lies on
 * @param firstIndex index in the series of the run's first point
 * @param lastIndex  index in the series of the run's last point
 * @param length     the number of useful observations in the run
 */
public record Run(Side side, int firstIndex, int lastIndex, int length) {

    /** A side of the centre line. */
    public enum Side { ABOVE, BELOW }

    public Run {
        if (side == null) {
            throw new IllegalArgumentException("a run lies on a side of the centre line");
        }
        if (firstIndex < 0 || lastIndex < firstIndex || length < 1 || length > lastIndex - firstIndex + 1) {
            throw new IllegalArgumentException("not a run: " + firstIndex + ".." + lastIndex + " of length " + length);
        }
    }
}
