package org.takatuf;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of docs/architecture hold; the module documentation is generated. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(TakatufApplication.class);

    @Test
    void modulesRespectTheirAllowedDependencies() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation().writeModuleCanvases();
    }
}
