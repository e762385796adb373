/**
 * Sign-in, roles and the signed-in user. Owns the users table; other modules ask
 * {@link dk.samspil.security.CurrentUser} who is signed in and what they may see.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "municipality", "audit"})
package dk.samspil.security;
