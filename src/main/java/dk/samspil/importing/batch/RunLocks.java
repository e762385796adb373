package dk.samspil.importing.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which imports are really running: the process running one holds a MariaDB user lock
 * ({@code GET_LOCK}) on a connection of its own for as long as it runs it. The server releases the
 * lock the moment that connection ends — the process exits, is killed, loses its network — so a
 * running import whose lock is free was cut off, and one whose lock is held belongs to a live
 * process, on this machine or another (docs/decisions/0015). Lock names are random and server-wide,
 * so schemas sharing a server cannot meet.
 */
@Component
public class RunLocks {

    private static final Logger log = LoggerFactory.getLogger(RunLocks.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    RunLocks(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** A lock held by this process until closed. */
    public RunLock acquire() {
        return take("samspil-import-" + UUID.randomUUID())
                .orElseThrow(() -> new IllegalStateException("The import's run lock could not be taken"));
    }

    /**
     * The lock of this name, when no live connection holds it: taken again for the work of a process
     * that died holding it (the inbox's claimed files), by exactly one of those who try.
     */
    public Optional<RunLock> take(String name) {
        try {
            Connection connection = dataSource.getConnection();
            try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
                lock.setString(1, name);
                try (ResultSet rs = lock.executeQuery()) {
                    if (!rs.next() || rs.getInt(1) != 1) {
                        connection.close();
                        return Optional.empty();
                    }
                }
                return Optional.of(new RunLock(name, connection));
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("The import's run lock could not be taken", e);
        }
    }

    /** Whether some live connection, of any process, holds the lock. */
    public boolean held(String name) {
        return name != null && jdbc.queryForObject("SELECT IS_USED_LOCK(?) IS NOT NULL", Boolean.class, name);
    }

    /** The lock of one running import. */
    public static final class RunLock implements AutoCloseable {

        private final String name;
        private final Connection connection;

        private RunLock(String name, Connection connection) {
            this.name = name;
            this.connection = connection;
        }

        public String name() {
            return name;
        }

        @Override
        public void close() {
            try (Connection held = connection; PreparedStatement release = held.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                release.setString(1, name);
                release.execute();
            } catch (SQLException e) {
                // the connection is gone, and with it the lock
                log.debug("The run lock {} went with its connection: {}", name, e.getMessage());
            }
        }
    }
}
