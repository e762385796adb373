package dk.samspil.demo;

import java.util.Locale;

/**
 * How much demo data to generate.
 *
 * @param name                     the name used in configuration ({@code samspil.demo.scale})
 * @param municipalities           how many municipalities take part
 * @param months                   how many months of history, ending with the current month
 * @param meanCasesPerMunicipality the typical number of enrolled cases per municipality
 * @param meanRespondentsPerWave   the typical number of pulse respondents per municipality and wave
 * @param seed                     the seed every random choice derives from
 */
public record DemoScale(String name, int municipalities, int months, int meanCasesPerMunicipality,
                        int meanRespondentsPerWave, long seed) {

    /** The programme as it runs: the 22 municipalities of the Region of Southern Denmark, two years. */
    public static final DemoScale REGIONAL = new DemoScale("regional", 22, 24, 10, 12, 20261123L);

    /** A national roll-out for benchmarks: 98 municipalities, five years, millions of survey answers. */
    public static final DemoScale NATIONAL = new DemoScale("national", 98, 60, 10, 30, 20261123L);

    public DemoScale {
        // municipality codes are 100..999 (V001), so there can never be more than 900
        if (municipalities < 1 || municipalities > 900) {
            throw new IllegalArgumentException(
                    "A demo scale needs between 1 and 900 municipalities, not " + municipalities);
        }
        if (months < 1 || meanCasesPerMunicipality < 1 || meanRespondentsPerWave < 1) {
            throw new IllegalArgumentException("A demo scale needs at least one month, case and respondent");
        }
    }

    /** The scale called {@code name} ("regional" or "national", in any case). */
    static DemoScale named(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (wanted) {
            case "regional" -> REGIONAL;
            case "national" -> NATIONAL;
            default -> throw new IllegalArgumentException(
                    "Unknown demo scale '" + name + "': use regional or national");
        };
    }
}
