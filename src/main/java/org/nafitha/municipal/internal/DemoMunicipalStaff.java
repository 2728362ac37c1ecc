package org.nafitha.municipal.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's municipal accounts (created by identity's demo accounts) attached to their
 * municipalities: municipality1 and mukhtar1 to Baabda, municipality2 to Sin el Fil.
 */
@Component
@Profile("demo")
@Order(30)
class DemoMunicipalStaff implements ApplicationRunner {

    static final String BAABDA = "ML-BAABDA-BAABDA";
    static final String SIN_EL_FIL = "ML-MATN-SIN-EL-FIL";

    private final MunicipalStaff staff;

    DemoMunicipalStaff(MunicipalStaff staff) {
        this.staff = staff;
    }

    @Override
    public void run(ApplicationArguments args) {
        staff.attach("municipality1", BAABDA, MunicipalStaff.Position.STAFF);
        staff.attach("municipality2", SIN_EL_FIL, MunicipalStaff.Position.STAFF);
        staff.attach("mukhtar1", BAABDA, MunicipalStaff.Position.MUKHTAR);
    }
}
