package dk.samspil.security;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserAccountRepository {

    private final JdbcClient jdbc;

    UserAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("""
                        SELECT id, username, display_name, password_hash, role, municipality_code, sector_code, enabled
                        FROM app_user WHERE username = ?""")
                .param(username)
                .query((rs, row) -> new UserAccount(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
                        rs.getObject("municipality_code", Integer.class), rs.getString("sector_code"),
                        rs.getBoolean("enabled")))
                .optional();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    void insert(NewUser user, String passwordHash) {
        jdbc.sql("""
                        INSERT INTO app_user (username, display_name, password_hash, role, municipality_code, sector_code)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(user.username(), user.displayName(), passwordHash, user.role().name(),
                        user.municipalityCode(), user.sectorCode())
                .update();
    }
}
