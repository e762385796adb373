package dk.samspil.casework;

import java.time.LocalDate;

/** One agreed action of the current action plan, most important first. */
public record AgreedActionLine(int priority, String problemArea, String responsibleSector, LocalDate dueOn,
                               String status) {
}
