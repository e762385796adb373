package dk.samspil.base.database;

/** Where the application's schema lives, as the DataSource needs it. */
record DatabaseLocation(String host, int port, String schema, String username, String password) {

    String jdbcUrl() {
        return "jdbc:mariadb://" + host + ":" + port + "/" + schema;
    }

    String serverUrl() {
        return "jdbc:mariadb://" + host + ":" + port + "/";
    }
}
