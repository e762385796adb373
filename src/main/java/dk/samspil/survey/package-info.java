/**
 * Pulse surveys: the instruments (data, versioned), waves, invitations, answering, and
 * {@link dk.samspil.survey.SurveyResults}, the one door through which anything reads survey answers:
 * it scores them and applies the anonymity rule (INSTRUMENTS.md) for every cut and output.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "security", "municipality", "audit", "casework", "statistics"})
package dk.samspil.survey;
