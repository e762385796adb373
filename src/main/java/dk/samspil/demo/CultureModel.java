package dk.samspil.demo;

import dk.samspil.municipality.Sector;
import java.util.SplittableRandom;

/**
 * How a professional answers the pulse. Each municipality has a latent collaboration culture that
 * improves slowly; a respondent sits around it by sector and person; an answer is that level plus
 * the item's own pull and noise, on the instrument's scale. Reverse-scored items (PS1, PS3, PS5)
 * are answered the other way round: someone who feels safe disagrees that mistakes are held
 * against them.
 */
final class CultureModel {

    /** A respondent's own level, in standard-normal units around their municipality's culture. */
    double respondent(MunicipalityProfile profile, int monthIndex, Sector own, SplittableRandom r) {
        return profile.culture(monthIndex) + sectorLean(own) + 0.6 * Randoms.gaussian(r);
    }

    /** The answer to one item; null is "not relevant", and only where the instrument allows it. */
    Integer answer(SurveyItem item, double level, Sector own, Sector target, SplittableRandom r) {
        if (item.allowsNotRelevant() && Randoms.chance(r, 0.02)) {
            return null;
        }
        double centre = (item.scaleMin() + item.scaleMax()) / 2.0;
        double step = (item.scaleMax() - item.scaleMin()) / 6.0;
        double pull = item.instrument().equals("RC") ? tiePull(own, target, item.code()) : itemPull(item.code());
        double agreement = centre + step * (0.5 + 1.1 * level + pull + 0.7 * Randoms.gaussian(r));
        int score = Math.clamp(Math.round(agreement), item.scaleMin(), item.scaleMax());
        return item.reverseScored() ? item.scaleMax() + item.scaleMin() - score : score;
    }

    /** Sectors further from the core of the network feel a little less part of it. */
    private static double sectorLean(Sector sector) {
        return switch (sector) {
            case SOCIAL_SERVICES -> 0.15;
            case PSYCHIATRY -> 0.0;
            case SUBSTANCE_TREATMENT -> -0.1;
            case JOB_CENTRE -> -0.2;
            case NGO -> -0.3;
            case GENERAL_PRACTICE -> -0.4;
        };
    }

    /**
     * Items are not equally easy to agree with: knowing one's own tasks comes before knowing the
     * other sectors' (RCL4) or one's authority to decide (RCL3, VIVE element E3).
     */
    private static double itemPull(String code) {
        return switch (code) {
            case "PS2", "PS6" -> 0.2;
            case "PS3" -> 0.3;
            case "PS4" -> -0.3;
            case "PS5" -> -0.2;
            case "RCL1" -> 0.3;
            case "RCL2" -> 0.5;
            case "RCL3" -> -0.3;
            case "RCL4" -> -0.5;
            case "RCL5", "RCL6" -> -0.2;
            default -> 0.0;
        };
    }

    /** Ties to the GP and the job centre are the weakest in the network, and talk with the GP is rare. */
    private static double tiePull(Sector own, Sector target, String code) {
        double pull = switch (target) {
            case GENERAL_PRACTICE -> -0.8;
            case JOB_CENTRE -> -0.35;
            case NGO -> -0.2;
            case SUBSTANCE_TREATMENT -> -0.1;
            case PSYCHIATRY -> -0.05;
            case SOCIAL_SERVICES -> 0.1;
        };
        if (own == Sector.NGO && target == Sector.PSYCHIATRY) {
            pull -= 0.3;
        }
        return pull + switch (code) {
            case "RC1" -> target == Sector.GENERAL_PRACTICE ? -0.5 : 0.1;
            case "RC4" -> -0.15;
            case "RC6" -> -0.2;
            case "RC7" -> 0.2;
            default -> 0.0;
        };
    }
}
