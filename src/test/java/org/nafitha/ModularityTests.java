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

    /** The module diagram and canvases under target/spring-modulith-docs, referenced from the README. */
    @Test
    void documentsTheModules() {
        new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml();
    }
}
