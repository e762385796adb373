package dk.samspil.survey;

/**
 * The channel of one wave, municipality and sector; {@code answered} once someone has answered
 * through it, after which it cannot change in that wave.
 */
public record ChannelChoice(AnswerChannel channel, boolean answered) {
}
