package dk.samspil.security;

import java.util.Locale;

/**
 * What the user list is narrowed to; null means any. The text is looked for in the user name and the
 * display name, without case.
 */
public record UserFilter(String text, Role role, Integer municipalityCode, Boolean enabled) {

    public static final UserFilter ALL = new UserFilter(null, null, null, null);

    boolean matches(ManagedUser user) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return (wanted.isEmpty() || user.username().toLowerCase(Locale.ROOT).contains(wanted)
                || user.details().displayName().toLowerCase(Locale.ROOT).contains(wanted))
                && (role == null || role == user.role())
                && (municipalityCode == null || municipalityCode.equals(user.details().municipalityCode()))
                && (enabled == null || enabled == user.enabled());
    }
}
