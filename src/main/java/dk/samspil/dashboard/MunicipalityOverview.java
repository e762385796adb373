package dk.samspil.dashboard;

import java.time.LocalDate;

/**
 * One municipality's line on the Municipalities page.
 *
 * @param meetingsLastMonth network meetings held in the last complete calendar month
 * @param lastImportOn      the day the last monthly file was imported, or null if none
 */
public record MunicipalityOverview(int code, String name, long activeCases, long meetingsLastMonth,
                                   LocalDate lastImportOn) {
}
