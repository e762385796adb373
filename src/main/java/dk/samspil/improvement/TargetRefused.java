package dk.samspil.improvement;

/** A target that cannot be set, with the message key the page shows. */
public class TargetRefused extends RuntimeException {

    private final String reasonKey;

    public TargetRefused(String reasonKey) {
        super(reasonKey);
        this.reasonKey = reasonKey;
    }

    public String reasonKey() {
        return reasonKey;
    }
}
