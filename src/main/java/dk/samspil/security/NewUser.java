package dk.samspil.security;

import java.util.Objects;

/**
 * A user to create. The scope must fit the role: municipal leads and professionals need a
 * municipality, professionals also a sector; the database checks the same. The password is checked
 * against the {@link PasswordPolicy} when the user is created.
 */
public record NewUser(String username, String displayName, String password, Role role, Integer municipalityCode,
                      String sectorCode) {

    public NewUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(password, "password");
        if (role.boundToMunicipality() != (municipalityCode != null)) {
            throw new IllegalArgumentException(role + " users " + (role.boundToMunicipality() ? "need" : "have no")
                    + " municipality");
        }
        if ((role == Role.PROFESSIONAL) != (sectorCode != null)) {
            throw new IllegalArgumentException("Only professionals have a sector, and they must have one");
        }
    }

    @Override
    public String toString() {
        return "NewUser[" + username + ", " + role + "]";
    }
}
