package dk.samspil.demo;

import dk.samspil.municipality.Sector;
import java.nio.ByteBuffer;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One survey wave: the month's pulse, sent to every programme municipality, with anonymous answer
 * sets from professionals of varied sectors, each rating one other sector in rotation, under random ids. Rows go out
 * in chunks as they are made, so the national scale's millions of answers never sit in memory.
 */
final class SurveyGenerator {

    /** Who answers: social services and psychiatry most, the GPs least. In {@link Sector} order. */
    private static final List<Double> SECTOR_WEIGHTS = List.of(24.0, 30.0, 16.0, 12.0, 6.0, 12.0);

    private final JdbcTemplate jdbc;
    private final CultureModel culture = new CultureModel();

    SurveyGenerator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Counts(int waves, int responses, long answers) {

        static final Counts NONE = new Counts(0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(waves + other.waves, responses + other.responses, answers + other.answers);
        }
    }

    /**
     * Writes the wave of {@code period}. A wave is a month: if the database already has one for the
     * month, it is reused, and only municipalities it did not yet include are added to it.
     */
    Counts write(LocalDate period, List<MunicipalityProfile> programme, SurveyItems items, DemoWindow window,
                 long seed, Ids ids) {
        BatchInserter batch = new BatchInserter(jdbc);
        Long existingWave = jdbc.queryForObject("SELECT MIN(id) FROM survey_wave WHERE period = ?", Long.class,
                BatchInserter.date(period));
        long waveId = existingWave != null ? existingWave : createWave(batch, period, window, ids);
        List<MunicipalityProfile> newcomers = programme;
        if (existingWave != null) {
            Set<Integer> invited = Set.copyOf(jdbc.queryForList(
                    "SELECT municipality_code FROM survey_wave_municipality WHERE wave_id = ?", Integer.class, waveId));
            newcomers = programme.stream().filter(p -> !invited.contains(p.municipality().code())).toList();
        }
        BatchInserter.Table invitations = batch.table(
                "INSERT INTO survey_wave_municipality (wave_id, municipality_code) VALUES (?, ?)",
                Types.BIGINT, Types.SMALLINT);
        BatchInserter.Table responses = batch.table("""
                INSERT INTO survey_response (id, wave_id, municipality_code, sector_code, target_sector_code, source)
                VALUES (?, ?, ?, ?, ?, ?)""",
                Types.BINARY, Types.BIGINT, Types.SMALLINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR);
        BatchInserter.Table answers = batch.table(
                "INSERT INTO survey_answer (response_id, item_id, score) VALUES (?, ?, ?)",
                Types.BINARY, Types.BIGINT, Types.TINYINT);
        // the open wave has only had the days up to today to collect answers
        int lastDay = period.equals(window.currentMonth()) ? window.today().getDayOfMonth() : period.lengthOfMonth();
        Wave wave = new Wave(waveId, period, items.pulse(period), lastDay, window.monthIndex(period),
                period.getYear() * 12 + period.getMonthValue() - 1);
        Counts counts = new Counts(existingWave == null ? 1 : 0, 0, 0);
        for (MunicipalityProfile profile : newcomers) {
            invitations.add(waveId, profile.municipality().code());
            counts = counts.plus(answerSets(profile, wave, responses, answers, seed));
        }
        batch.flush();
        return counts;
    }

    /** What the answer sets of one wave share; {@code monthKey} counts months since year 0. */
    private record Wave(long id, LocalDate period, List<SurveyItem> pulse, int lastDay, int monthIndex, int monthKey) {
    }

    private Counts answerSets(MunicipalityProfile profile, Wave wave, BatchInserter.Table responses,
                              BatchInserter.Table answers, long seed) {
        int code = profile.municipality().code();
        SplittableRandom r = Randoms.of(seed, "survey", code, wave.monthKey());
        // 16-byte ids like the app's (docs/decisions/0012): a random half per wave, then the municipality
        // and a count. Synthetic answers have no one to protect, and ids that are fully random in
        // every row made the national set's 3 M answers 7 × slower to write (InnoDB inserting all
        // over its primary key instead of appending a block per wave)
        long waveBits = Randoms.of(seed, "survey-ids", wave.monthKey()).nextLong();
        int respondents = respondents(profile, wave.lastDay(), wave.period().lengthOfMonth(), r);
        List<Double> weights = sectorWeights(profile);
        for (int i = 0; i < respondents; i++) {
            Sector own = Sector.values()[Randoms.weightedIndex(r, weights)];
            Sector target = target(own, i + wave.monthKey());
            byte[] responseId = ByteBuffer.allocate(16).putLong(waveBits).putInt(code).putInt(i).array();
            // the day of answering is not stored (no time finer than the wave); still drawn, so that
            // the generated answers stay the ones earlier versions made from the same seed
            Randoms.between(r, 0, wave.lastDay() - 1);
            responses.add(responseId, wave.id(), code, own.name(), target.name(), "SURVEY");
            double level = culture.respondent(profile, wave.monthIndex(), own, r);
            for (SurveyItem item : wave.pulse()) {
                answers.add(responseId, item.id(), culture.answer(item, level, own, target, r));
            }
        }
        return new Counts(0, respondents, (long) respondents * wave.pulse().size());
    }

    private static long createWave(BatchInserter batch, LocalDate period, DemoWindow window, Ids ids) {
        boolean open = period.equals(window.currentMonth());
        long waveId = ids.next(Ids.Sequence.WAVE);
        batch.table("""
                        INSERT INTO survey_wave (id, period, kind, status, opened_on, closed_on)
                        VALUES (?, ?, ?, ?, ?, ?)""",
                        Types.BIGINT, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE)
                .add(waveId, BatchInserter.date(period), "PULSE", open ? "OPEN" : "CLOSED", BatchInserter.date(period),
                        open ? null : BatchInserter.date(period.plusMonths(1).minusDays(1)));
        return waveId;
    }

    private static int respondents(MunicipalityProfile profile, int lastDay, int daysInMonth, SplittableRandom r) {
        int usual = profile.fewRespondents()
                ? Randoms.between(r, 2, 4)
                : (int) Math.round(profile.respondentsPerWave() * (0.8 + 0.4 * r.nextDouble()));
        return (int) Math.round(usual * (double) lastDay / daysInMonth);
    }

    /** A municipality's weak sectors send fewer people to the meetings, and fewer answer the pulse. */
    private static List<Double> sectorWeights(MunicipalityProfile profile) {
        List<Double> weights = new ArrayList<>();
        for (Sector sector : Sector.values()) {
            double weight = SECTOR_WEIGHTS.get(sector.ordinal());
            weights.add(profile.weakSectors().contains(sector) ? weight / 2 : weight);
        }
        return weights;
    }

    /** The target rotates among the other five sectors, so that together the respondents cover the 6 × 6 network. */
    private static Sector target(Sector own, int turn) {
        List<Sector> others = new ArrayList<>(List.of(Sector.values()));
        others.remove(own);
        return others.get(Math.floorMod(turn, others.size()));
    }
}
