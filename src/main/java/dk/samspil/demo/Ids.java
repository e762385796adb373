package dk.samspil.demo;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Primary keys handed out by the generator itself: one {@code MAX(id)} per table, then counting
 * up, so child rows can point at their parents without asking for generated keys row by row.
 * Assumes nothing else inserts into these tables while the generator runs.
 */
final class Ids {

    enum Sequence {
        CASE("citizen_case"),
        MEETING("network_meeting"),
        ACTION_PLAN("action_plan"),
        WAVE("survey_wave");

        private final String table;

        Sequence(String table) {
            this.table = table;
        }
    }

    private final ToLongFunction<Sequence> highestInUse;
    private final Map<Sequence, Long> last = new EnumMap<>(Sequence.class);

    private Ids(ToLongFunction<Sequence> highestInUse) {
        this.highestInUse = highestInUse;
    }

    static Ids fromDatabase(JdbcTemplate jdbc) {
        return new Ids(sequence -> {
            Long max = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + sequence.table, Long.class);
            return max == null ? 0L : max;
        });
    }

    /** Counts from 1: for generating rows in memory, without a database. */
    static Ids inMemory() {
        return new Ids(sequence -> 0L);
    }

    long next(Sequence sequence) {
        long id = last.computeIfAbsent(sequence, highestInUse::applyAsLong) + 1;
        last.put(sequence, id);
        return id;
    }
}
