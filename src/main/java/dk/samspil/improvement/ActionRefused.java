package dk.samspil.improvement;

/** An action that cannot be saved as entered, with the message key the form shows. */
public class ActionRefused extends RuntimeException {

    private final String reasonKey;

    public ActionRefused(String reasonKey) {
        super(reasonKey);
        this.reasonKey = reasonKey;
    }

    public String reasonKey() {
        return reasonKey;
    }
}
