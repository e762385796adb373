package dk.samspil.survey;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A survey wave: one month, pulse or full, open or closed, for some municipalities. */
public record Wave(long id, YearMonth period, WaveKind kind, boolean open, LocalDate openedOn, LocalDate closedOn,
                   List<Integer> municipalities) {
}
