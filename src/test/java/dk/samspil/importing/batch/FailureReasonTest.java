package dk.samspil.importing.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;

/** The reasons a failed job gives, from the exceptions the MariaDB driver and Spring raise. */
class FailureReasonTest {

    @Test
    void the_driver_s_exceptions_become_reasons_a_data_manager_can_act_on() {
        assertThat(FailureReason.of(new CannotAcquireLockException("lock wait",
                new SQLTransactionRollbackException("Lock wait timeout exceeded", "40001", 1205))))
                .isEqualTo(FailureReason.CONCURRENT_IMPORT);
        assertThat(FailureReason.of(new UncategorizedSQLException("insert", "INSERT",
                new SQLException("Deadlock found", "40001", 1213)))).isEqualTo(FailureReason.CONCURRENT_IMPORT);
        assertThat(FailureReason.of(new IllegalStateException("write", new SQLNonTransientConnectionException(
                "Connection reset", "08000")))).isEqualTo(FailureReason.CONNECTION_LOST);
        assertThat(FailureReason.of(new RuntimeException(new OutOfMemoryError("Java heap space"))))
                .isEqualTo(FailureReason.OUT_OF_MEMORY);
        assertThat(FailureReason.of(new DataIntegrityViolationException("x",
                new SQLException("Duplicate entry", "23000", 1062)))).isEqualTo(FailureReason.DUPLICATE);
        assertThat(FailureReason.of(new IllegalArgumentException("something else")))
                .isEqualTo(FailureReason.UNEXPECTED);
    }

    @Test
    void of_several_failures_the_one_to_act_on_first_wins() {
        assertThat(FailureReason.of(List.of(new IllegalStateException("rollback failed"),
                new SQLTransactionRollbackException("Deadlock", "40001", 1213))))
                .isEqualTo(FailureReason.CONCURRENT_IMPORT);
        assertThat(FailureReason.of(List.of())).isEqualTo(FailureReason.UNEXPECTED);
    }
}
