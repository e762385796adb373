package dk.samspil.survey;

import dk.samspil.municipality.Sector;

/**
 * One tie of the relational-coordination network: how the respondents of one sector rate their
 * coordination with another (the RC index of a tie), on the RC scale.
 */
public record Tie(Sector from, Sector to, GroupScore score) {
}
