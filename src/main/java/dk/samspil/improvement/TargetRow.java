package dk.samspil.improvement;

import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * A target as the targets page lists it.
 *
 * @param municipalityCode null for the whole programme
 * @param value            in the indicator's own unit (a share as 0–1)
 * @param setAt            when it was last set, in UTC as stored
 */
public record TargetRow(long id, String indicatorCode, Integer municipalityCode, double value, YearMonth start,
                        String setBy, LocalDateTime setAt) {
}
