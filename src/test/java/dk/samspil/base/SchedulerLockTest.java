package dk.samspil.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A locked task started on two instances at once runs once: the lock is a row in our MariaDB. */
@SpringBootTest
class SchedulerLockTest {

    @Autowired
    Task task;
    @Autowired
    LockProvider lockProvider;
    @Autowired
    JdbcClient jdbc;

    @Test
    void two_calls_at_once_run_the_body_once_and_a_later_call_runs_again() throws Exception {
        assertThat(lockProvider).isInstanceOf(JdbcTemplateLockProvider.class);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(task::run);
            assertThat(task.entered().await(30, TimeUnit.SECONDS)).as("the first call runs").isTrue();
            // the second starts while the first still holds the lock: skipped, it returns at once
            threads.submit(task::run).get(30, TimeUnit.SECONDS);
            assertThat(task.runs().get()).as("the second call skipped the body").isEqualTo(1);
            assertThat(jdbc.sql("SELECT locked_by FROM shedlock WHERE name = 'scheduler-lock-test'")
                    .query(String.class).optional()).as("the lock is a row in shedlock").isPresent();
            task.release().countDown();
            first.get(30, TimeUnit.SECONDS);
        } finally {
            task.release().countDown();
            threads.shutdownNow();
        }
        task.run();
        assertThat(task.runs().get()).as("the lock is released when the body ends").isEqualTo(2);
    }

    static class Task {
        final AtomicInteger runs = new AtomicInteger();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        // the bean is a proxy (that is where the lock is taken): its fields are read through methods
        public AtomicInteger runs() {
            return runs;
        }

        public CountDownLatch entered() {
            return entered;
        }

        public CountDownLatch release() {
            return release;
        }

        @SchedulerLock(name = "scheduler-lock-test", lockAtMostFor = "PT5M")
        public void run() {
            runs.incrementAndGet();
            entered.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @TestConfiguration
    static class Tasks {
        @Bean
        Task schedulerLockTestTask() {
            return new Task();
        }
    }
}
