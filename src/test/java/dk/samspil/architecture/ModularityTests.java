package dk.samspil.architecture;

import dk.samspil.SamspilApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each feature module uses only what its package-info.java declares, and no cycles. */
class ModularityTests {

    @Test
    void modules_depend_only_on_what_they_declare() {
        ApplicationModules.of(SamspilApplication.class).verify();
    }
}
