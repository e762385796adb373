package dk.samspil.security;

/** A signed-in principal carrying the Samspil scope, however the person signed in. */
interface SamspilPrincipal {

    SignedInUser signedInUser();
}
