package dk.samspil.demo;

/**
 * How a case's figures develop. Sammen om Psykiatri reported falling admission days on average,
 * not for everyone: most cases respond, some hardly do, and a few relapse for a spell.
 *
 * @param admissionRate   psychiatric admissions per month before enrolment
 * @param improvement     the share of admissions the programme removes once it has taken hold
 * @param relapseFrom     months after enrolment when a relapse starts (meaningless without one)
 * @param relapseMonths   how long the relapse lasts; 0 for none
 * @param citizenPresence how likely the citizen is to attend their own network meetings
 * @param substanceUse    whether substance use is part of the picture
 * @param coherenceBase   the citizen's experienced coherence before the programme (1..5)
 */
record CaseCourse(double admissionRate, double improvement, int relapseFrom, int relapseMonths,
                  double citizenPresence, boolean substanceUse, double coherenceBase) {

    boolean inRelapse(int monthsSinceEnrolment) {
        return relapseMonths > 0
                && monthsSinceEnrolment >= relapseFrom
                && monthsSinceEnrolment < relapseFrom + relapseMonths;
    }
}
