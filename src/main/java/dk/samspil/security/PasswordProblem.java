package dk.samspil.security;

/** Why a password is refused; {@link #messageKey()} is the resource-bundle key that explains it to the user. */
public enum PasswordProblem {
    TOO_SHORT("at least " + PasswordPolicy.MINIMUM_LENGTH + " characters are needed"),
    TOO_LONG("at most " + PasswordPolicy.MAXIMUM_BYTES + " bytes are read (about 64 characters)"),
    TOO_COMMON("it is on the list of common passwords"),
    HOLDS_USER_NAME("it holds the user name");

    private final String explanation;

    PasswordProblem(String explanation) {
        this.explanation = explanation;
    }

    /** In English, for logs and start-up errors. */
    public String explanation() {
        return explanation;
    }

    public String messageKey() {
        return "password.problem." + name();
    }
}
