package dk.samspil.demo;

/**
 * The six sectors around the citizen, as seeded in the {@code sector} table (V001); the name is
 * the code. The demo keeps its own copy because it may depend on no other module.
 */
enum Sector {
    PSYCHIATRY, SOCIAL_SERVICES, SUBSTANCE_TREATMENT, JOB_CENTRE, GENERAL_PRACTICE, NGO
}
