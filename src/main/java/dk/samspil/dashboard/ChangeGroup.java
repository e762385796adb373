package dk.samspil.dashboard;

import java.util.List;

/**
 * One bar of the before/after chart: one or more of "fell", "unchanged" and "rose", drawn together
 * where one alone would hold 1–4 cases the reader may not see (issue 12, defect 2), so that every
 * case is in some bar.
 *
 * @param parts which of {@link #PARTS} it holds, in that order
 * @param count how many cases they hold together: 0 or at least 5 unless the reader sees exact counts
 */
public record ChangeGroup(List<String> parts, long count) {

    public static final List<String> PARTS = List.of("fell", "unchanged", "rose");

    public ChangeGroup {
        parts = List.copyOf(parts);
    }

    /** "fell", "unchanged-rose", …: a key for the group's name. */
    public String key() {
        return String.join("-", parts);
    }
}
