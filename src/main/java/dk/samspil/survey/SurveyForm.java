package dk.samspil.survey;

import java.time.YearMonth;
import java.util.List;

import dk.samspil.municipality.Sector;

/**
 * What one respondent is asked: the wave's items, and for the relational-coordination items the
 * one other sector they are about this time.
 */
public record SurveyForm(long waveId, YearMonth period, int municipalityCode, Sector sector, Sector targetSector,
                         List<PulseComposer.AskedItem> items) {
}
