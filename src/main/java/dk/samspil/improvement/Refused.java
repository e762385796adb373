package dk.samspil.improvement;

/** A target or an action that cannot be saved as entered, with the message key the page shows. */
public class Refused extends RuntimeException {

    private final String reasonKey;

    public Refused(String reasonKey) {
        super(reasonKey);
        this.reasonKey = reasonKey;
    }

    public String reasonKey() {
        return reasonKey;
    }
}
