package dk.samspil;

import java.util.Optional;

import dk.samspil.base.cli.CommandLine;
import dk.samspil.base.cli.CommandLines;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Samspil: collaboration-culture analytics for a cross-sector mental-health programme. With a
 * command's name as the first argument ({@code import}, {@code report}, {@code audit-verify}, see {@link CommandLines}) it runs that
 * command in a lean context and exits with its code; otherwise it starts the web application.
 */
@SpringBootApplication
public class SamspilApplication {

    public static void main(String[] args) {
        Optional<CommandLine> command = CommandLines.named(args);
        if (command.isPresent()) {
            System.exit(CommandLines.run(SamspilApplication.class, command.get(), args, System.out));
        }
        SpringApplication.run(SamspilApplication.class, args);
    }
}
