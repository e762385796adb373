package dk.samspil.security;

/** A new account and the one-time link with which its user sets the first password. */
public record CreatedAccount(ManagedUser user, OneTimeLink link) {
}
