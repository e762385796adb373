/**
 * Demo and national-scale data: a deterministic generator that fills an empty programme with
 * believable cases, network meetings, action plans, monthly outcomes, pulse-survey answers,
 * VIVE self-assessments and import history, so every dashboard has something honest to show
 * and the benchmarks have millions of survey answers to work through.
 *
 * <p>The generator writes straight to the tables with JDBC batches and uses no other module: the
 * Flyway schema is its only contract. Its dependencies: {@code municipality} for the sector codes, and {@code security} for
 * {@link dk.samspil.demo.DemoUsers}, which creates the demo sign-ins through that module's API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "security", "municipality"})
package dk.samspil.demo;
