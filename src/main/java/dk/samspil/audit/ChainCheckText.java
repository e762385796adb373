package dk.samspil.audit;

import java.text.MessageFormat;
import java.util.function.Function;

/** A chain check in words, for the page and the command line alike. */
public final class ChainCheckText {

    private ChainCheckText() {
    }

    public static String of(ChainCheck check, Function<String, String> translate) {
        if (check.intact()) {
            return MessageFormat.format(translate.apply("audit.verify.intact"), String.valueOf(check.entries()),
                    String.valueOf(check.headId()), check.headHash());
        }
        return MessageFormat.format(translate.apply("audit.verify.broken"), String.valueOf(check.firstBroken()),
                translate.apply("audit.verify.problem." + check.problem()));
    }
}
