package dk.samspil.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An account change as the audit log keeps it: "role MUNICIPAL_LEAD→PROFESSIONAL, municipality
 * 461→563". The display name and e-mail are said to have changed, not what they were: the audit
 * log names ids, not people.
 */
final class AccountChanges {

    private AccountChanges() {
    }

    static String between(AccountDetails before, AccountDetails after) {
        List<String> changes = new ArrayList<>();
        add(changes, "role", before.role(), after.role());
        add(changes, "municipality", before.municipalityCode(), after.municipalityCode());
        add(changes, "sector", before.sectorCode(), after.sectorCode());
        if (!before.displayName().equals(after.displayName())) {
            changes.add("display name changed");
        }
        if (!Objects.equals(before.email(), after.email())) {
            changes.add(after.email() == null ? "e-mail removed" : before.email() == null ? "e-mail added" : "e-mail changed");
        }
        return String.join(", ", changes);
    }

    private static void add(List<String> changes, String what, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(what + " " + (before == null ? "-" : before) + "→" + (after == null ? "-" : after));
        }
    }
}
