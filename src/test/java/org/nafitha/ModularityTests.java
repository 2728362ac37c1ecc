package org.nafitha;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(NafithaApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    /**
     * The module diagram and canvases under target/spring-modulith-docs; the overview is copied to
     * docs/modules.puml, which the README links, so the diagram is generated, never drawn by hand.
     */
    @Test
    void documentsTheModules() throws java.io.IOException {
        var documenter = new Documenter(modules);
        documenter.writeDocumentation().writeIndividualModulesAsPlantUml();
        var generated = java.nio.file.Path.of("target", "spring-modulith-docs", "components.puml");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("docs"));
        java.nio.file.Files.copy(generated, java.nio.file.Path.of("docs", "modules.puml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
