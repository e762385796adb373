/**
 * Pulse surveys: the instruments (data, versioned), waves, invitations, answering, and
 * {@link dk.samspil.survey.SurveyResults}, the one door through which anything reads survey answers:
 * it scores them and applies the anonymity rule (docs/decisions/0004) for every cut and output, and
 * gives figures of closed waves only (docs/decisions/0011). Closed waves are read from pre-aggregated
 * score cells (n, Σ, Σ² per wave, municipality, sector, rated
 * sector and construct) that the module fills itself when a wave closes or answers are imported.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "security", "municipality", "audit", "casework", "statistics", "mail"})
package dk.samspil.survey;
