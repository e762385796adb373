package dk.samspil.demo;

import dk.samspil.municipality.Sector;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Who comes to a network meeting. Psychiatry and social services nearly always, substance
 * treatment often, the job centre and NGOs sometimes, the GP rarely (a real gap in the
 * programme); a municipality's weak sectors come far less often than elsewhere.
 */
final class MeetingAttendance {

    Set<Sector> sectors(CaseRow c, MunicipalityProfile profile, String meetingType, SplittableRandom r) {
        EnumSet<Sector> present = EnumSet.of(c.keyCoordinator());
        for (Sector sector : Sector.values()) {
            double p = usualAttendance(sector);
            if (sector == Sector.PSYCHIATRY && meetingType.equals("CRISIS")) {
                p = 0.97;
            }
            if (sector == Sector.SUBSTANCE_TREATMENT && !c.course().substanceUse()) {
                p *= 0.25;
            }
            if (profile.weakSectors().contains(sector)) {
                p *= 0.35;
            }
            if (Randoms.chance(r, p)) {
                present.add(sector);
            }
        }
        if (present.size() < 2) {
            present.add(c.keyCoordinator() == Sector.PSYCHIATRY ? Sector.SOCIAL_SERVICES : Sector.PSYCHIATRY);
        }
        return Collections.unmodifiableSet(present);
    }

    /** People in the room, the citizen included; some municipalities hold much bigger meetings. */
    int participants(Set<Sector> sectors, boolean citizenPresent, MunicipalityProfile profile, SplittableRandom r) {
        int people = citizenPresent ? 1 : 0;
        for (int i = 0; i < sectors.size(); i++) {
            people += Randoms.chance(r, 0.3) ? 2 : 1;
        }
        // a relative, a supporter, a housing officer...
        people += Randoms.weightedIndex(r, 50, 30, 20);
        people += profile.meetingSizeBias();
        return Math.clamp(people, 3, 12 + profile.meetingSizeBias());
    }

    private static double usualAttendance(Sector sector) {
        return switch (sector) {
            case PSYCHIATRY -> 0.85;
            case SOCIAL_SERVICES -> 0.9;
            case SUBSTANCE_TREATMENT -> 0.6;
            case JOB_CENTRE -> 0.3;
            case GENERAL_PRACTICE -> 0.06;
            case NGO -> 0.3;
        };
    }
}
