package dk.samspil.municipality;

/** A municipality by its official three-digit code, e.g. 461 Odense. */
public record Municipality(int code, String name, int regionCode, String regionName) {
}
