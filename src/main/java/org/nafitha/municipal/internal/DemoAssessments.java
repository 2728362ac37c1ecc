package org.nafitha.municipal.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's household already helped elsewhere: Sin el Fil (municipality2) filed Mariam Youssef
 * El Hajj's household and granted it food aid, so a Baabda worker who files her again sees the
 * flag on the decision. Filed under a fixed key: a restart on the same database files nothing twice.
 */
@Component
@Profile("demo")
@Order(40)
class DemoAssessments implements ApplicationRunner {

    private static final Actor SIN_EL_FIL_STAFF = new Actor("municipality2", null, "رنا سمير حداد",
            Set.of(Role.MUNICIPAL_STAFF), "municipal");

    private final FilingNewAssessments filing;
    private final DecidingAid deciding;

    DemoAssessments(FilingNewAssessments filing, DecidingAid deciding) {
        this.filing = filing;
        this.deciding = deciding;
    }

    @Override
    public void run(ApplicationArguments args) {
        var answers = new Answers(Map.of("area", "حي مار تقلا", "householdSize", "2", "monthlyIncome", "60",
                "needs", "food,health", "healthDetails", "أدوية سكري", "disability", "false"),
                List.of(Map.of("firstName", "مريم", "fatherName", "يوسف", "grandfatherName", "جرجس", "familyName", "الحاج",
                                "motherName", "تريز", "birthYear", "1958", "relation", "head"),
                        Map.of("firstName", "نقولا", "fatherName", "جورج", "familyName", "الحاج", "birthYear", "1984",
                                "relation", "child")));
        if (filing.fileNew(SIN_EL_FIL_STAFF, "household-assessment", 1, answers, "demo-household-sin-el-fil-1")
                instanceof FilingAssessments.Filed filed) {
            // Once: a restart answers "already decided", which is the decision already there.
            deciding.decide(SIN_EL_FIL_STAFF, filed.id(), "GRANTED", "FOOD", "80", null);
        }
    }
}
