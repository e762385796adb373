package dk.samspil.security;

/** Why an account cannot be created or changed as asked; {@link #messageKey()} explains it to the user. */
public enum AccountProblem {
    /** 3–60 letters, digits, dots, dashes, underscores or @, and no CPR-like number. */
    USERNAME,
    USERNAME_TAKEN,
    DISPLAY_NAME,
    EMAIL,
    /** The municipality and sector do not fit the role. */
    SCOPE,
    /** Nobody disables their own account or changes their own role: the last data manager could lock everyone out. */
    OWN_ACCOUNT;

    public String messageKey() {
        return "users.problem." + name();
    }
}
