package dk.samspil.delivery;

/** Why a data contact was not saved, as a message key the page shows beside the field. */
public class ContactProblem extends RuntimeException {

    private final String messageKey;

    public ContactProblem(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
