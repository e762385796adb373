package dk.samspil.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;

import dk.samspil.base.StoredTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mails Samspil sends on its own, each claimed once (sent_notice, V034): the claim is a row under
 * a unique key, written in the transaction that sends the mail. A second instance trying the same
 * notice waits on the first one's row and then finds it taken; a failed send rolls the claim back,
 * so the next turn tries again.
 */
@Component
class SentNotices {

    enum Kind {
        LATE_FILE_REMINDER,
        MUNICIPAL_DIGEST,
        PROGRAMME_DIGEST,
        QUARTERLY_REPORT
    }

    static final String PROGRAMME = "programme";

    private final JdbcClient jdbc;
    private final Clock clock;

    SentNotices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Sends a notice unless it was sent already; true when this call sent it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean once(Kind kind, String scope, YearMonth period, Send send) {
        try {
            jdbc.sql("INSERT INTO sent_notice (kind, scope, period, recipients, sent_at) VALUES (?, ?, ?, 0, ?)")
                    .params(kind.name(), scope, period.atDay(1), Timestamp.valueOf(StoredTime.now(clock))).update();
        } catch (DuplicateKeyException sentAlready) {
            return false;
        }
        int recipients = send.send();
        jdbc.sql("UPDATE sent_notice SET recipients = ? WHERE kind = ? AND scope = ? AND period = ?")
                .params(recipients, kind.name(), scope, period.atDay(1)).update();
        return true;
    }

    @Transactional(readOnly = true)
    public boolean sent(Kind kind, String scope, YearMonth period) {
        return jdbc.sql("SELECT COUNT(*) FROM sent_notice WHERE kind = ? AND scope = ? AND period = ?")
                .params(kind.name(), scope, period.atDay(1)).query(Long.class).single() > 0;
    }

    /** Sends the mails of one notice; returns how many went. */
    @FunctionalInterface
    interface Send {
        int send();
    }
}
