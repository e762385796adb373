package dk.samspil.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Buffers rows per table and writes them as JDBC batches of {@value #CHUNK}: one round trip per
 * chunk, never per row, which is what lets the national scale finish in minutes. When any buffer
 * is full, all of them are written in the order their tables were registered, so register
 * parents before children and a child row never reaches the database before its parent.
 *
 * <p>Column types are always given: with them the driver never has to be asked what type a
 * {@code NULL} should have.
 */
final class BatchInserter {

    static final int CHUNK = 5_000;

    private final JdbcTemplate jdbc;
    private final List<Table> tables = new ArrayList<>();

    BatchInserter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A buffer for one INSERT statement; {@code types} are {@link java.sql.Types} of its parameters. */
    Table table(String sql, int... types) {
        Table table = new Table(sql, types);
        tables.add(table);
        return table;
    }

    /** Writes everything still buffered, parents first. */
    void flush() {
        for (Table table : tables) {
            table.write();
        }
    }

    static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    static Timestamp timestamp(LocalDateTime time) {
        return time == null ? null : Timestamp.valueOf(time);
    }

    final class Table {

        private final String sql;
        private final int[] types;
        private final List<Object[]> rows = new ArrayList<>();

        private Table(String sql, int[] types) {
            this.sql = sql;
            this.types = types.clone();
        }

        void add(Object... values) {
            if (values.length != types.length) {
                throw new IllegalArgumentException(
                        "Expected " + types.length + " values but got " + values.length + " for: " + sql);
            }
            rows.add(values);
            if (rows.size() >= CHUNK) {
                flush();
            }
        }

        private void write() {
            if (rows.isEmpty()) {
                return;
            }
            jdbc.batchUpdate(sql, rows, types);
            rows.clear();
        }
    }
}
