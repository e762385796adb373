/**
 * The application shell: the main layout with its role-filtered navigation, the Danish/English
 * language choice, the error pages, the ApexCharts component, and the database bootstrap for runs
 * without a configured database. Depends on no feature: features register themselves with {@code @Menu}.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.samspil.base;
