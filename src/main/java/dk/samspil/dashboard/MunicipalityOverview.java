package dk.samspil.dashboard;

import java.time.LocalDate;
import java.util.OptionalLong;

/**
 * One municipality's line on the Municipalities page.
 *
 * @param activeCases       cases open (active or paused) at the end of the last complete month; empty where the small-cell rule hides it
 * @param meetingsLastMonth network meetings held in the last complete calendar month
 * @param lastImportOn      the day the last monthly file was imported, or null if none
 */
public record MunicipalityOverview(int code, String name, OptionalLong activeCases, long meetingsLastMonth,
                                   LocalDate lastImportOn) {
}
