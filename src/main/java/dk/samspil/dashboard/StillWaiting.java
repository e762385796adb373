package dk.samspil.dashboard;

import java.util.OptionalLong;

/**
 * Beside a Kaplan–Meier median wait: how many of the newest month's new cases have not had their
 * first meeting yet ("n venter stadig").
 *
 * @param cases empty where the small-cell rule hides a count of 1–4
 */
public record StillWaiting(OptionalLong cases) {
}
