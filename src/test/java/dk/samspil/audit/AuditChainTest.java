package dk.samspil.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import dk.samspil.SamspilApplication;
import dk.samspil.support.ScratchSchema;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit log as a curious insider meets it: the application's own connection can neither change
 * nor delete an entry, and whoever gets around the triggers (a DBA) is found by the chain check,
 * which names the first entry that no longer follows. The tampering happens in a schema of its own,
 * so the shared test schema's chain stays intact for every other test.
 */
@SpringBootTest
class AuditChainTest {

    @Autowired
    DataSource shared;
    @Autowired
    AuditLog log;
    @Autowired
    AuditChain chain;
    @Autowired
    JdbcClient jdbc;

    private ScratchSchema scratch;
    private JdbcClient scratchJdbc;
    private AuditLog scratchLog;
    private AuditChain scratchChain;

    @BeforeEach
    void scratchSchema() throws SQLException {
        scratch = new ScratchSchema(shared, "audit");
    }

    @AfterEach
    void dropScratchSchema() throws SQLException {
        scratch.close();
    }

    private void migratedScratch() {
        scratch.migrate(null);
        scratchJdbc = JdbcClient.create(scratch.dataSource());
        // single-threaded here: without Spring's transaction each statement commits on its own
        scratchLog = new AuditLog(scratchJdbc, Clock.systemUTC());
        scratchChain = new AuditChain(scratchJdbc);
        for (int i = 1; i <= 5; i++) {
            scratchLog.record("data", "VIEW_CASE", "case " + i, AuditOutcome.ALLOWED, 461);
        }
        assertThat(scratchChain.verify().intact()).isTrue();
    }

    @Test
    void the_application_can_neither_change_nor_delete_an_entry() {
        log.record("insider", "VIEW_CASE", "case 1", AuditOutcome.ALLOWED);
        long id = jdbc.sql("SELECT MAX(id) FROM audit_log WHERE username = 'insider'").query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET target = 'case 2' WHERE id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE username = 'insider'").update())
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.sql("SELECT target FROM audit_log WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("case 1");
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void an_entry_edited_behind_the_dropped_trigger_is_named() {
        migratedScratch();
        scratchJdbc.sql("DROP TRIGGER audit_log_no_update").update();
        scratchJdbc.sql("UPDATE audit_log SET target = 'case 99' WHERE id = 3").update();

        ChainCheck check = scratchChain.verify();
        assertThat(check.intact()).isFalse();
        assertThat(check.firstBroken()).isEqualTo(3);
        assertThat(check.problem()).isEqualTo("changed");
    }

    @Test
    void an_edited_time_or_municipality_is_found_too() {
        migratedScratch();
        scratchJdbc.sql("DROP TRIGGER audit_log_no_update").update();
        scratchJdbc.sql("UPDATE audit_log SET municipality_code = 563 WHERE id = 2").update();
        assertThat(scratchChain.verify().firstBroken()).isEqualTo(2);
    }

    @Test
    void a_deleted_entry_in_the_middle_is_found_at_the_one_after_it() {
        migratedScratch();
        scratchJdbc.sql("DROP TRIGGER audit_log_no_delete").update();
        scratchJdbc.sql("DELETE FROM audit_log WHERE id = 3").update();

        ChainCheck check = scratchChain.verify();
        assertThat(check.intact()).isFalse();
        assertThat(check.firstBroken()).isEqualTo(4);
        assertThat(check.problem()).isEqualTo("missing-before");
    }

    @Test
    void deleting_the_newest_entries_is_found_against_the_chain_head() {
        migratedScratch();
        scratchJdbc.sql("DROP TRIGGER audit_log_no_delete").update();
        scratchJdbc.sql("DELETE FROM audit_log WHERE id >= 4").update();

        ChainCheck check = scratchChain.verify();
        assertThat(check.intact()).isFalse();
        assertThat(check.firstBroken()).isEqualTo(5);
        assertThat(check.problem()).isEqualTo("missing-at-end");
    }

    @Test
    void a_chain_rewritten_from_end_to_end_is_found_only_against_a_head_hash_written_down_before() {
        migratedScratch();
        String recordedHead = scratchChain.verify().headHash();
        scratchJdbc.sql("DROP TRIGGER audit_log_no_update").update();
        scratchJdbc.sql("UPDATE audit_log SET target = 'case 99' WHERE id = 3").update();
        // the insider recomputes every hash from the changed entry on, and moves the head
        String prev = scratchJdbc.sql("SELECT entry_hash FROM audit_log WHERE id = 2").query(String.class).single();
        for (long id = 3; id <= 5; id++) {
            long entry = id;
            ChainedEntry row = scratchJdbc.sql("SELECT * FROM audit_log WHERE id = ?").param(id)
                    .query((rs, n) -> new ChainedEntry(entry, rs.getObject("occurred_at", LocalDateTime.class),
                            rs.getString("username"), rs.getString("action"), rs.getString("target"),
                            rs.getString("outcome"), rs.getObject("municipality_code", Integer.class))).single();
            String hash = row.hash(prev);
            scratchJdbc.sql("UPDATE audit_log SET prev_hash = ?, entry_hash = ? WHERE id = ?").params(prev, hash, id).update();
            prev = hash;
        }
        scratchJdbc.sql("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1").param(prev).update();

        ChainCheck check = scratchChain.verify();
        assertThat(check.intact()).as("a consistent rewrite passes the check on its own").isTrue();
        assertThat(check.headHash()).as("but not the comparison with the head written down before").isNotEqualTo(recordedHead);
    }

    @Test
    void long_texts_and_any_characters_are_hashed_as_stored() {
        migratedScratch();
        scratchLog.record("Søren 🙂", "SIGN_IN", "x".repeat(250) + "æ", AuditOutcome.FAILED);
        scratchLog.record("data", "SIGN_OUT", null, AuditOutcome.ALLOWED);
        assertThat(scratchChain.verify().intact()).isTrue();
        assertThat(scratchJdbc.sql("SELECT CHAR_LENGTH(target) FROM audit_log WHERE username = 'Søren 🙂'")
                .query(Integer.class).single()).isEqualTo(200);
    }

    @Test
    void the_migration_chains_the_entries_written_before_it_as_the_application_does() {
        DataSource db = scratch.dataSource();
        String before = java.util.Arrays.stream(Flyway.configure().dataSource(db).locations("classpath:db/migration")
                        .load().info().all())
                .map(m -> m.getVersion()).filter(v -> v.compareTo(MigrationVersion.fromVersion("26")) < 0)
                .max(Comparable::compareTo).orElseThrow().getVersion();
        scratch.migrate(before);
        JdbcClient old = JdbcClient.create(db);
        old.sql("""
                INSERT INTO audit_log (occurred_at, username, action, target, outcome) VALUES
                ('2026-07-01 10:00:00.123', 'data', 'SIGN_IN', 'from 10.0.0.1', 'ALLOWED'),
                ('2026-07-01 10:00:01', 'Åse 🙂', 'VIEW_CASE', 'case 7; ''quoted'' | piped', 'DENIED'),
                ('2026-07-01 10:00:02', 'data', 'SIGN_OUT', NULL, 'ALLOWED')""").update();
        // a rolled-back insert leaves a gap in the ids
        old.sql("INSERT INTO audit_log (id, occurred_at, username, action, outcome) VALUES (10, '2026-07-02 00:00:00', 'data', 'SIGN_IN', 'ALLOWED')").update();

        scratch.migrate(null);
        AuditChain migrated = new AuditChain(old);
        ChainCheck check = migrated.verify();
        assertThat(check.intact()).isTrue();
        assertThat(check.entries()).isEqualTo(4);
        assertThat(check.headId()).isEqualTo(10);

        new AuditLog(old, Clock.systemUTC()).record("data", "SIGN_IN", null, AuditOutcome.ALLOWED);
        assertThat(migrated.verify()).extracting(ChainCheck::intact, ChainCheck::headId).containsExactly(true, 11L);
    }

    @Test
    void four_writers_at_once_leave_one_unbroken_chain() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE username LIKE 'writer-%'").query(Long.class).single();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                String name = "writer-" + w;
                done.add(writers.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        log.record(name, "VIEW_CASE", "case " + i, AuditOutcome.ALLOWED, 461);
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            writers.shutdown();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE username LIKE 'writer-%'").query(Long.class).single())
                .isEqualTo(before + 200);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT prev_hash) = COUNT(*) FROM audit_log").query(Boolean.class).single())
                .as("no two entries follow the same one").isTrue();
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void the_command_line_prints_the_head_hash_or_the_first_broken_entry() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int intact = AuditVerifyCommand.run(SamspilApplication.class, new String[] {"audit-verify"},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(intact).isEqualTo(AuditVerifyCommand.INTACT).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("intakt").contains(chain.verify().headHash());

        migratedScratch();
        scratchJdbc.sql("DROP TRIGGER audit_log_no_update").update();
        scratchJdbc.sql("UPDATE audit_log SET username = 'someone-else' WHERE id = 2").update();
        out.reset();
        System.setProperty("spring.datasource.url", scratch.jdbcUrl());
        System.setProperty("spring.datasource.username", scratch.username());
        System.setProperty("spring.datasource.password", scratch.password());
        System.setProperty("samspil.demo.enabled", "false");
        int broken;
        try {
            broken = AuditVerifyCommand.run(SamspilApplication.class, new String[] {"audit-verify", "--lang", "en"},
                    new PrintStream(out, true, StandardCharsets.UTF_8));
        } finally {
            List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
                    "samspil.demo.enabled").forEach(System::clearProperty);
        }
        assertThat(broken).isEqualTo(AuditVerifyCommand.BROKEN).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("broken at entry no. 2");
    }
}
