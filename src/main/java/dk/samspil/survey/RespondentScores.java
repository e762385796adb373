package dk.samspil.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;

/** Turns answer rows into one score per respondent and instrument (the scoring rule, applied to data). */
final class RespondentScores {

    /** One stored answer with what it belongs to; the target sector is null where none was rated. */
    record AnswerRow(UUID responseId, int municipalityCode, String sectorCode, String targetSectorCode,
                     long instrumentId, long itemId, Integer score) {
    }

    /**
     * One respondent's score on one construct; the target sector (the sector rated) only for
     * relational coordination, null otherwise.
     */
    record Scored(int municipalityCode, String sectorCode, String targetSectorCode,
                  Construct construct, double score) {
    }

    private RespondentScores() {
    }

    static List<Scored> of(List<AnswerRow> rows, Map<Long, Instrument> instruments) {
        record Key(UUID responseId, long instrumentId) {
        }
        Map<Key, List<AnswerRow>> byRespondent = new LinkedHashMap<>();
        rows.forEach(row -> byRespondent.computeIfAbsent(new Key(row.responseId(), row.instrumentId()),
                key -> new ArrayList<>()).add(row));
        List<Scored> scored = new ArrayList<>();
        byRespondent.forEach((key, answers) -> {
            Instrument instrument = instruments.get(key.instrumentId());
            List<RespondentScore.Answer> mapped = answers.stream()
                    .map(row -> new RespondentScore.Answer(item(instrument, row.itemId()), row.score())).toList();
            OptionalDouble score = RespondentScore.of(instrument, mapped);
            if (score.isPresent()) {
                AnswerRow first = answers.getFirst();
                String target = instrument.construct() == Construct.RELATIONAL_COORDINATION
                        ? first.targetSectorCode() : null;
                scored.add(new Scored(first.municipalityCode(), first.sectorCode(), target,
                        instrument.construct(), score.getAsDouble()));
            }
        });
        return scored;
    }

    private static Item item(Instrument instrument, long itemId) {
        return instrument.items().stream().filter(item -> item.id() == itemId).findFirst()
                .orElseThrow(() -> new IllegalStateException("Item " + itemId + " is not in instrument " + instrument.code()));
    }
}
