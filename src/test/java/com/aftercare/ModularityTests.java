package com.aftercare;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module borders hold (each module reaches others only through their root packages and
 * events), and the architecture's picture is generated from the code, never drawn by hand.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(AftercareApplication.class);

    @Test
    void modulesKeepTheirBorders() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
