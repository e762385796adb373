package dk.samspil.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;

import dk.samspil.importing.batch.InterruptedImports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The answer sets' temporary file of a survey load (docs/decisions/0029) is private and named by
 * its process; when that process is killed with SIGKILL in the middle of a load, the next start's
 * recovery deletes it, and leaves the file of a load still running.
 */
@SpringBootTest
class LoadFileAfterAKillTest {

    @Autowired
    InterruptedImports recovery;

    @Test
    void a_killed_loads_file_is_deleted_at_the_next_start_and_a_live_ones_is_not() throws Exception {
        Process other = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"), AnswerLoadInAnotherProcess.class.getName())
                .redirectErrorStream(true).start();
        Path killed;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
            killed = Path.of(out.readLine());
            assertThat(killed).exists();
            assertThat(killed.getFileName().toString()).contains("-" + other.pid() + "-");
            assertThat(Files.getPosixFilePermissions(killed))
                    .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
            other.destroyForcibly().waitFor();
        }
        AnswerLoad mine = new AnswerLoad(() -> null, new StreamedScores(List.of()));
        try {
            recovery.run(null);

            assertThat(killed).as("the killed load's file").doesNotExist();
            assertThat(mine.answerSetsFile()).as("a running load's file").exists();
        } finally {
            mine.discard();
        }
        assertThat(mine.answerSetsFile()).doesNotExist();
    }
}
