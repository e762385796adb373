package dk.samspil.importing.batch;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Why a job that the validation did not reject failed, in words a data manager can act on: a
 * message key of the report. Never the exception's message, which can quote a row's values.
 */
enum FailureReason {

    /** A deadlock or a lock wait: another import held the rows; running it again is the cure. */
    CONCURRENT_IMPORT("import.failed.concurrent"),
    OUT_OF_MEMORY("import.failed.out-of-memory"),
    CONNECTION_LOST("import.failed.connection-lost"),
    /** A row the database refused as a duplicate: the validation should have caught it. */
    DUPLICATE("import.failed.duplicate"),
    /** The process stopped while the import ran (killed, power, the host restarted). */
    INTERRUPTED("import.failed.interrupted"),
    /** Stopped before its file was received whole: there is nothing to run again. */
    NOT_RECEIVED("import.failed.not-received"),
    UNEXPECTED("import.failed.unexpected");

    private final String key;

    FailureReason(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    static FailureReason of(List<Throwable> failures) {
        FailureReason reason = UNEXPECTED;
        for (Throwable failure : failures) {
            FailureReason found = of(failure);
            if (found.ordinal() < reason.ordinal()) {
                reason = found;
            }
        }
        return reason;
    }

    static FailureReason of(Throwable failure) {
        return of(failure, 0);
    }

    /** The reason of the failure, its causes or what it suppressed (a failed rollback hides the first error). */
    private static FailureReason of(Throwable failure, int depth) {
        FailureReason reason = UNEXPECTED;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            FailureReason own = own(t);
            if (own.ordinal() < reason.ordinal()) {
                reason = own;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                FailureReason hidden = of(suppressed, depth + 1);
                if (hidden.ordinal() < reason.ordinal()) {
                    reason = hidden;
                }
            }
        }
        return reason;
    }

    private static FailureReason own(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return OUT_OF_MEMORY;
        }
        if (t instanceof PessimisticLockingFailureException || t instanceof CannotAcquireLockException
                || t instanceof SQLTransactionRollbackException
                || t instanceof SQLException e && (e.getErrorCode() == 1213 || e.getErrorCode() == 1205)) {
            return CONCURRENT_IMPORT;
        }
        if (t instanceof CannotGetJdbcConnectionException || t instanceof DataAccessResourceFailureException
                || t instanceof CannotCreateTransactionException || t instanceof TransactionSystemException
                || t instanceof SQLNonTransientConnectionException || t instanceof SQLTransientConnectionException
                || t instanceof SQLRecoverableException
                || t instanceof SQLException e && (e.getSQLState() != null && e.getSQLState().startsWith("08")
                        // the pool's words for a connection the server closed under it
                        || "Connection is closed".equals(e.getMessage()))) {
            return CONNECTION_LOST;
        }
        if (t instanceof DuplicateKeyException || t instanceof SQLException e && e.getErrorCode() == 1062) {
            return DUPLICATE;
        }
        return UNEXPECTED;
    }
}
