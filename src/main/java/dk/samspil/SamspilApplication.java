package dk.samspil;

import dk.samspil.audit.AuditVerifyCommand;
import dk.samspil.importing.ImportCommandLine;
import dk.samspil.report.ReportCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Samspil: collaboration-culture analytics for a cross-sector mental-health programme. */
@SpringBootApplication
public class SamspilApplication {

    public static void main(String[] args) {
        if (args.length > 0 && ImportCommandLine.COMMAND.equals(args[0])) {
            System.exit(ImportCommandLine.run(SamspilApplication.class, args, System.out));
        }
        if (args.length > 0 && ReportCommandLine.COMMAND.equals(args[0])) {
            System.exit(ReportCommandLine.run(SamspilApplication.class, args, System.out));
        }
        if (args.length > 0 && AuditVerifyCommand.COMMAND.equals(args[0])) {
            System.exit(AuditVerifyCommand.run(SamspilApplication.class, args, System.out));
        }
        SpringApplication.run(SamspilApplication.class, args);
    }
}
