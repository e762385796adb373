package dk.samspil.demo;

import dk.samspil.municipality.Sector;
import java.time.LocalDate;

/** One agreed action: a problem area (a code, never free text), who acts, by when, and how far it got. */
record ActionRow(int priority, String problemArea, Sector responsibleSector, LocalDate dueOn, String status) {
}
