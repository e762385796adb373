package dk.samspil.demo;

/** One VIVE core-element score for one municipality and quarter; {@code note} is usually null. */
record AssessmentRow(int municipalityCode, int year, int quarter, String element, int score, String note) {
}
