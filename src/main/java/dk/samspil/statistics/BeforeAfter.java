package dk.samspil.statistics;

/**
 * One case's outcome in the 6 months before enrolment and in months 7–12 after,
 * such as admissions or bed days; the two periods are paired per case.
 *
 * @param before the figure for the 6 months before enrolment
 * @param after  the figure for months 7–12 after enrolment
 */
public record BeforeAfter(double before, double after) {

    public BeforeAfter {
        if (!Double.isFinite(before) || !Double.isFinite(after)) {
            throw new IllegalArgumentException("before and after must be numbers, got " + before + " and " + after);
        }
    }

    /** After minus before: negative when the figure fell. */
    public double change() {
        return after - before;
    }
}
