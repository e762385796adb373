package dk.samspil.audit;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

import dk.samspil.base.CommandLineContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar samspil.jar audit-verify [--lang en]}: checks the audit log's hash chain without
 * starting the web server. Exits {@value #INTACT} and prints the newest entry's id and hash (to be
 * written down outside Samspil, docs/decisions/0019) when the chain is intact, {@value #BROKEN} with the
 * first broken entry's id when it is not, and {@value #FAILED} when the check could not run.
 */
public final class AuditVerifyCommand {

    public static final String COMMAND = "audit-verify";
    public static final int INTACT = 0;
    public static final int BROKEN = 1;
    public static final int FAILED = 3;

    private AuditVerifyCommand() {
    }

    public static int run(Class<?> application, String[] args, PrintStream out) {
        ResourceBundle text = ResourceBundle.getBundle("vaadin-i18n/translations",
                Arrays.asList(args).contains("en") ? Locale.ENGLISH : Locale.of("da"));
        try (ConfigurableApplicationContext context = CommandLineContext.start(application)) {
            ChainCheck check = context.getBean(AuditChain.class).verify();
            out.println(ChainCheckText.of(check, key -> text.getString(key)));
            return check.intact() ? INTACT : BROKEN;
        } catch (RuntimeException | Error e) {
            out.println(text.getString("audit.verify.failed") + " " + e.getClass().getSimpleName());
            return FAILED;
        }
    }
}
