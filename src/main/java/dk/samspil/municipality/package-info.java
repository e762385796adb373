/**
 * Reference data: the municipalities (with their regions) and the sectors. Data, not code: the
 * programme starts with the 22 of the Region of Southern Denmark, a national roll-out has 98.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package dk.samspil.municipality;
