package dk.samspil.security;

import java.util.Locale;

import dk.samspil.base.privacy.CprNumbers;

/**
 * What failed sign-ins are counted against: an account name or a client address. Account names are
 * folded to lower case (the database compares user names without case too) and cut to the column's
 * 60 characters; a name shaped like a CPR number is counted against no account, since no user has
 * such a name and the number must not be stored.
 */
record ThrottledSubject(Kind kind, String subject) {

    enum Kind {
        ACCOUNT,
        ADDRESS
    }

    static final int MAX_LENGTH = 60;

    static ThrottledSubject account(String attemptedName) {
        return new ThrottledSubject(Kind.ACCOUNT, cut(attemptedName.strip().toLowerCase(Locale.ROOT)));
    }

    static ThrottledSubject address(String address) {
        return new ThrottledSubject(Kind.ADDRESS, cut(address));
    }

    /** A name that may be counted: not empty and holding no CPR number. */
    static boolean countable(String attemptedName) {
        return attemptedName != null && !attemptedName.isBlank() && !mayHoldCprNumber(attemptedName);
    }

    /**
     * The application's CPR search ({@link CprNumbers}, over normalised text), or ten digits anywhere
     * whether or not they make a date: no user name holds ten digits, so nothing is lost by hiding them.
     */
    static boolean mayHoldCprNumber(String typed) {
        return CprNumbers.containsCprNumber(typed) || typed.chars().filter(Character::isDigit).count() >= 10;
    }

    private static String cut(String value) {
        return value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH);
    }
}
