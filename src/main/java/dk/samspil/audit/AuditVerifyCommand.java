package dk.samspil.audit;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

import dk.samspil.base.cli.CommandLine;
import dk.samspil.base.cli.CommandLines;
import dk.samspil.base.cli.LeanContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar samspil.jar audit-verify [--lang en]}: checks the audit log's hash chain in a lean
 * context ({@link LeanContext}, registered in {@code META-INF/spring.factories}). Exits {@value #INTACT} and prints the newest entry's id and hash (to be
 * written down outside Samspil, docs/decisions/0019) when the chain is intact, {@value #BROKEN} with the
 * first broken entry's id when it is not, and {@value #FAILED} when the check could not run.
 */
public final class AuditVerifyCommand implements CommandLine {

    public static final String COMMAND = "audit-verify";
    public static final int INTACT = DONE;
    public static final int BROKEN = 1;

    /** For {@code spring.factories}. */
    public AuditVerifyCommand() {
    }

    /** Runs {@code audit-verify ...} as {@code main} does: in a lean context of the application, closed at the end. */
    public static int run(Class<?> application, String[] args, PrintStream out) {
        return CommandLines.run(application, new AuditVerifyCommand(), args, out);
    }

    @Override
    public String name() {
        return COMMAND;
    }

    /** As before it became a {@link CommandLine}: the check's context has the users' JPA. */
    @Override
    public boolean usesJpa() {
        return true;
    }

    @Override
    public int run(String[] args, LeanContext lean, PrintStream out) {
        ResourceBundle text = ResourceBundle.getBundle("vaadin-i18n/translations",
                Arrays.asList(args).contains("en") ? Locale.ENGLISH : Locale.of("da"));
        try {
            ConfigurableApplicationContext context = lean.start();
            ChainCheck check = context.getBean(AuditChain.class).verify();
            out.println(ChainCheckText.of(check, key -> text.getString(key)));
            return check.intact() ? INTACT : BROKEN;
        } catch (RuntimeException | Error e) {
            out.println(text.getString("audit.verify.failed") + " " + e.getClass().getSimpleName());
            return FAILED;
        }
    }
}
