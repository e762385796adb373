package dk.samspil.survey;

import java.time.LocalDate;

import dk.samspil.municipality.Sector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Open pulse waves and professionals of one municipality, written straight into the test schema. */
final class TestWaves {

    private TestWaves() {
    }

    /** An open pulse wave for the month, in the one municipality; returns its id. */
    static long openWave(JdbcClient jdbc, LocalDate period, int municipality) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO survey_wave (period, kind, status, opened_on) VALUES (?, 'PULSE', 'OPEN', CURDATE())")
                .param(period).update(key);
        long id = key.getKey().longValue();
        jdbc.sql("INSERT INTO survey_wave_municipality (wave_id, municipality_code) VALUES (?, ?)").params(id, municipality)
                .update();
        return id;
    }

    /** A professional of the municipality and sector, with the demo professional's password hash; returns the account's id. */
    static long professional(JdbcClient jdbc, String username, int municipality, Sector sector) {
        jdbc.sql("""
                        INSERT INTO app_user (username, display_name, password_hash, role, municipality_code, sector_code)
                        SELECT ?, ?, password_hash, 'PROFESSIONAL', ?, ? FROM app_user WHERE username = 'fagperson.odense'""")
                .params(username, "Fagperson " + username, municipality, sector.name()).update();
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
    }
}
