package dk.samspil.demo;

import dk.samspil.municipality.Sector;
import java.time.LocalDate;

/**
 * One enrolled case as generated, with the course its outcomes will follow.
 *
 * @param number      the case's number within this run for its municipality (1, 2, ...): the
 *                    stable key for its randomness, whatever ids the database hands out
 * @param endedOn     set only for status ENDED
 * @param activeUntil the last day the network can still meet: today, the end date, or the day
 *                    the case was paused
 * @param ageBand     null when unknown
 */
record CaseRow(long id, int municipalityCode, int number, String caseRef, LocalDate enrolledOn,
               String status, LocalDate endedOn, LocalDate activeUntil, Sector keyCoordinator,
               String ageBand, CaseCourse course) {
}
