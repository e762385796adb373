package dk.samspil.demo;

import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The import history the generated rows would have come with: for every complete month, one
 * meetings file and one outcomes file per municipality, imported in the first days of the next
 * month and counting exactly the rows of that month. Months that are not over have no file yet, and
 * no file is imported today: a history with times later than now would sort above every real
 * upload of the day.
 */
final class ImportHistoryGenerator {

    List<ImportRow> generate(Municipality municipality, List<MeetingRow> meetings, List<OutcomeRow> outcomes,
                             DemoWindow window, long seed) {
        Map<LocalDate, Long> meetingsPerMonth =
                perMonth(meetings.stream().map(m -> m.heldOn().withDayOfMonth(1)).toList());
        Map<LocalDate, Long> outcomesPerMonth = perMonth(outcomes.stream().map(OutcomeRow::period).toList());
        SplittableRandom r = Randoms.of(seed, "imports", municipality.code());
        List<ImportRow> rows = new ArrayList<>();
        List<LocalDate> delivered = window.completeMonths().stream()
                .filter(period -> period.plusMonths(1).isBefore(window.today())).toList();
        LocalDate newest = delivered.isEmpty() ? null : delivered.getLast();
        for (LocalDate period : delivered) {
            if (!(period.equals(newest) && MEETINGS_LATE.contains(municipality.code()))) {
                rows.add(row("meetings", municipality, period, meetingsPerMonth.getOrDefault(period, 0L), 0, window, r));
            }
            // the hospital's figures usually arrive a day after the municipality's meetings
            if (!(period.equals(newest) && OUTCOMES_LATE.contains(municipality.code()))) {
                rows.add(row("outcomes", municipality, period, outcomesPerMonth.getOrDefault(period, 0L), 1, window, r));
            }
        }
        return List.copyOf(rows);
    }

    /**
     * The files still missing of the newest month, so the Deliveries page and the late-file reminder
     * have something to show: Langeland's and Ærø's outcomes, Tønder's meetings. (Their rows are in the
     * demo's tables all the same: only the delivery record is left out.)
     */
    static final Set<Integer> OUTCOMES_LATE = Set.of(482, 492);
    static final Set<Integer> MEETINGS_LATE = Set.of(550);

    /** A data contact for a few municipalities (the Deliveries page), one of them reminded in English. */
    static final Map<Integer, String[]> CONTACTS = Map.of(
            461, new String[] {"data@odense.example.dk", "da"},
            482, new String[] {"data@langeland.example.dk", "da"},
            492, new String[] {"data@aeroe.example.dk", "en"},
            550, new String[] {"data@toender.example.dk", "da"});

    /** The municipality's data contact, if the demo gives it one; kept when one is there already. */
    void writeContact(BatchInserter batch, Municipality municipality, DemoWindow window) {
        String[] contact = CONTACTS.get(municipality.code());
        if (contact == null) {
            return;
        }
        batch.table("""
                        INSERT IGNORE INTO delivery_contact (municipality_code, email, language, updated_by, updated_at)
                        VALUES (?, ?, ?, ?, ?)""", Types.SMALLINT, Types.VARCHAR, Types.CHAR, Types.VARCHAR,
                Types.TIMESTAMP)
                .add(municipality.code(), contact[0], contact[1], "demo",
                        BatchInserter.timestamp(window.today().minusMonths(2).atTime(9, 0)));
    }

    void write(BatchInserter batch, List<ImportRow> rows) {
        BatchInserter.Table table = batch.table("""
                INSERT INTO import_record (kind, municipality_code, period, file_name, started_by, started_at,
                                           finished_at, status, rows_read, rows_written, rows_rejected)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Types.VARCHAR, Types.SMALLINT, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP,
                Types.TIMESTAMP, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.INTEGER);
        for (ImportRow row : rows) {
            table.add(row.kind(), row.municipalityCode(), BatchInserter.date(row.period()), row.fileName(), "demo",
                    BatchInserter.timestamp(row.startedAt()), BatchInserter.timestamp(row.finishedAt()), "COMPLETED",
                    row.rows(), row.rows(), 0);
        }
    }

    private static ImportRow row(String kind, Municipality municipality, LocalDate period, long rows, int extraDays,
                                 DemoWindow window, SplittableRandom r) {
        LocalDate delivered = period.plusMonths(1);
        long latest = ChronoUnit.DAYS.between(delivered, window.today().minusDays(1));
        LocalDate day = delivered.plusDays(Math.min(latest, Randoms.between(r, 1, 4) + extraDays));
        LocalDateTime started = day
                .atTime(Randoms.between(r, 6, 9), Randoms.between(r, 0, 59), Randoms.between(r, 0, 59))
                .plusNanos(Randoms.between(r, 0, 999) * 1_000_000L);
        LocalDateTime finished = started.plusNanos(Randoms.between(r, 1_500, 20_000) * 1_000_000L);
        String fileName = "%s-%s-%s.csv".formatted(kind, YearMonth.from(period), municipality.fileSlug());
        return new ImportRow(kind, municipality.code(), period, fileName, started, finished, (int) rows);
    }

    private static Map<LocalDate, Long> perMonth(List<LocalDate> months) {
        return months.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }
}
