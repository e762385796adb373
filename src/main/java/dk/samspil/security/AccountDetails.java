package dk.samspil.security;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What an administrator sets on an account: its name as shown, an optional e-mail for links, and
 * the role with the scope that must fit it ({@link Role#fitsScope}). Blank texts are read as absent.
 *
 * @throws AccountRejected when a value cannot be stored
 */
public record AccountDetails(String displayName, String email, Role role, Integer municipalityCode, String sectorCode) {

    public static final int MAX_DISPLAY_NAME = 120;
    public static final int MAX_EMAIL = 254;
    // deliberately loose: the mail server is the judge of an address, this only catches a typo
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public AccountDetails {
        Objects.requireNonNull(role, "role");
        displayName = displayName == null ? "" : displayName.strip();
        email = email == null || email.isBlank() ? null : email.strip();
        sectorCode = sectorCode == null || sectorCode.isBlank() ? null : sectorCode;
        if (displayName.isEmpty() || displayName.length() > MAX_DISPLAY_NAME
                || ThrottledSubject.mayHoldCprNumber(displayName)) {
            throw new AccountRejected(AccountProblem.DISPLAY_NAME);
        }
        if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            throw new AccountRejected(AccountProblem.EMAIL);
        }
        if (!role.fitsScope(municipalityCode, sectorCode)) {
            throw new AccountRejected(AccountProblem.SCOPE);
        }
    }

    /** The scope as the audit log names it: "MUNICIPAL_LEAD 461", "PROFESSIONAL 461 JOB_CENTRE", "STEERING". */
    String scope() {
        return role + (municipalityCode == null ? "" : " " + municipalityCode) + (sectorCode == null ? "" : " " + sectorCode);
    }

    @Override
    public String toString() {
        return "AccountDetails[" + scope() + "]";
    }
}
