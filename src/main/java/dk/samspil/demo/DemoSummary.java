package dk.samspil.demo;

import java.time.Duration;

/**
 * What one generation run wrote, and how long it took.
 *
 * @param municipalities  municipalities in the programme
 * @param cases           enrolled cases
 * @param meetings        network meetings
 * @param actionPlans     action plans agreed at those meetings
 * @param outcomeMonths   monthly outcome rows (one per case and month)
 * @param waves           survey waves created, one per month (a month that already had a wave keeps it)
 * @param surveyResponses anonymous answer sets
 * @param surveyAnswers   answers to single items
 * @param selfAssessments VIVE core-element scores (one per municipality, quarter and element)
 * @param took            how long the run took
 */
public record DemoSummary(int municipalities, int cases, int meetings, int actionPlans, int outcomeMonths,
                          int waves, int surveyResponses, long surveyAnswers, int selfAssessments,
                          Duration took) {
}
