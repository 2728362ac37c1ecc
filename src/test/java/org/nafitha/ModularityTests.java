package org.nafitha;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
    void documentsTheModules() throws IOException {
        var documenter = new Documenter(modules);
        documenter.writeDocumentation().writeIndividualModulesAsPlantUml();
        var generated = Path.of("target", "spring-modulith-docs", "components.puml");
        Files.createDirectories(Path.of("docs"));
        Files.copy(generated, Path.of("docs", "modules.puml"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
