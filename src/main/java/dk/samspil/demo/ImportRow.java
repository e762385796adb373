package dk.samspil.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One completed monthly import as the Imports and Municipalities pages show it. */
record ImportRow(String kind, int municipalityCode, LocalDate period, String fileName, LocalDateTime startedAt,
                 LocalDateTime finishedAt, int rows) {
}
