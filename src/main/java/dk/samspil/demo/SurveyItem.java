package dk.samspil.demo;

/** One item of a shipped instrument, with the scale it is answered on. */
record SurveyItem(long id, String instrument, String code, int position, boolean reverseScored,
                  int scaleMin, int scaleMax, boolean allowsNotRelevant) {
}
