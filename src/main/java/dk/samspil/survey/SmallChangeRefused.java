package dk.samspil.survey;

import java.time.YearMonth;

/**
 * An import refused because it would change a closed wave's published results by fewer than
 * {@link RuleOfDifference#MINIMUM_CHANGE} respondents (docs/decisions/0011); nothing it did is kept.
 * Says where in the words of the file: the month and municipality imported, and by how many.
 */
public class SmallChangeRefused extends SurveyProblem {

    private final int municipalityCode;
    private final YearMonth month;
    private final int respondents;

    SmallChangeRefused(int municipalityCode, YearMonth month, int respondents) {
        super("import.rejected.small-difference");
        this.municipalityCode = municipalityCode;
        this.month = month;
        this.respondents = respondents;
    }

    public int municipalityCode() {
        return municipalityCode;
    }

    public YearMonth month() {
        return month;
    }

    /** The net change in respondents of the figure that would have changed too little (0 when the count stays but answers differ). */
    public int respondents() {
        return respondents;
    }
}
