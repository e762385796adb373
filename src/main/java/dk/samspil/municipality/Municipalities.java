package dk.samspil.municipality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipalities known to Samspil, from the reference table. */
@Service
@Transactional(readOnly = true)
public class Municipalities {

    private static final String SELECT = """
            SELECT m.code, m.name, m.region_code, r.name AS region_name
            FROM municipality m JOIN region r ON r.code = m.region_code""";

    private final JdbcClient jdbc;

    Municipalities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All municipalities, by name in Danish order (Æ, Ø, Å last). */
    public List<Municipality> all() {
        return jdbc.sql(SELECT + " ORDER BY m.name COLLATE utf8mb4_danish_ci")
                .query(Municipalities::map)
                .list();
    }

    private static Municipality map(ResultSet rs, int row) throws SQLException {
        return new Municipality(rs.getInt("code"), rs.getString("name"), rs.getInt("region_code"),
                rs.getString("region_name"));
    }

    public Optional<Municipality> byCode(int code) {
        return jdbc.sql(SELECT + " WHERE m.code = ?").param(code)
                .query(Municipalities::map)
                .optional();
    }
}
