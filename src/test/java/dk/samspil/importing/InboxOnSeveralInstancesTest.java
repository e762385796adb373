package dk.samspil.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dk.samspil.support.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two instances on one inbox: each file is imported by exactly one of them. */
@SpringBootTest
class InboxOnSeveralInstancesTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void two_instances_processing_one_inbox_at_once_import_each_file_once(@TempDir Path inbox) throws Exception {
        // letters only: a random hex tag can hold six digits in a row, which the stored name hides
        String tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "tag";
        List<String> names = new ArrayList<>();
        names.add("cases-2026-10-" + tag + ".csv");
        Files.copy(Samples.path("cases-2026-10.csv"), inbox.resolve(names.getFirst()));
        String broken = Files.readString(Samples.path("outcomes-2026-10.csv")).replaceFirst(",461,", ",999,");
        for (int i = 0; i < 6; i++) {
            String name = "outcomes-2026-10-" + tag + "x" + i + ".csv";
            Files.writeString(inbox.resolve(name), broken);
            names.add(name);
        }

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Future<List<ImportSummary>>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                ImportInbox instance = TestInbox.at(context, inbox);
                runs.add(two.submit(() -> {
                    together.await();
                    return instance.processInbox();
                }));
            }
            int byBoth = runs.get(0).get().size() + runs.get(1).get().size();
            assertThat(byBoth).as("the two instances' imports add up to one per file").isEqualTo(names.size());
        } finally {
            two.shutdownNow();
        }

        for (String name : names) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM import_record WHERE file_name = ?").param(ImportService.safeFileName(name))
                    .query(Long.class).single()).as(name + " imported exactly once").isEqualTo(1);
        }
        assertThat(listed(inbox)).as("nothing left in the inbox").isEmpty();
        assertThat(listed(inbox.resolve(ImportInbox.CLAIMED))).as("nor claimed and forgotten").isEmpty();
    }

    private static List<Path> listed(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".csv")).toList();
        }
    }
}
