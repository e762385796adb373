package dk.samspil.base.database;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;

/**
 * Finds the database for this JVM once. Spring creates several application contexts in one test
 * JVM, and each asks again: they must all share one server and one schema, hence the memo.
 */
final class DatabaseServers {

    private static final String LOCAL_HOST = "127.0.0.1";
    private static final int LOCAL_PORT = 3306;

    private static DatabaseLocation memo;

    private DatabaseServers() {
    }

    static synchronized DatabaseLocation obtain(DatabaseSettings settings,
                                                Function<DatabaseSettings, DatabaseLocation> embedded) {
        if (memo == null) {
            DatabaseLocation location = settings.preferLocalServer() && localServerAnswers()
                    ? new DatabaseLocation(LOCAL_HOST, LOCAL_PORT, settings.schema(), "root", "")
                    : embedded.apply(settings);
            createSchema(location);
            if (settings.dropOnExit()) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> dropSchema(location), "drop-test-schema"));
            }
            memo = location;
        }
        return memo;
    }

    private static boolean localServerAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOCAL_HOST, LOCAL_PORT), 500);
        } catch (IOException notListening) {
            return false;
        }
        try (Connection ignored = DriverManager.getConnection(
                "jdbc:mariadb://" + LOCAL_HOST + ":" + LOCAL_PORT + "/", "root", "")) {
            return true;
        } catch (SQLException refused) {
            return false;
        }
    }

    static void createSchema(DatabaseLocation location) {
        execute(location, "CREATE DATABASE IF NOT EXISTS `" + location.schema()
                + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    private static void dropSchema(DatabaseLocation location) {
        try {
            execute(location, "DROP DATABASE IF EXISTS `" + location.schema() + "`");
        } catch (IllegalStateException serverAlreadyGone) {
            // the embedded server may stop first; its temporary files go with it
        }
    }

    private static void execute(DatabaseLocation location, String sql) {
        try (Connection connection = DriverManager.getConnection(location.serverUrl(), location.username(), location.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the database at " + location.serverUrl() + ": " + e.getMessage(), e);
        }
    }
}
