package org.nafitha.municipal.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code answers} and each member's: the form's field names; numbers, dates and IDs in Arabic-Indic digits accepted. */
@Schema(example = """
        {"form": "household-assessment", "version": 1,
         "answers": {"area": "حي الكنيسة", "householdSize": 4, "monthlyIncome": "١٥٠", "needs": ["food", "health"],
                     "healthDetails": "دواء ضغط للأب", "disability": false},
         "members": [{"firstName": "جورج", "fatherName": "إلياس", "grandfatherName": "ميشال", "familyName": "الخوري",
                      "motherName": "نهاد", "birthDate": "1961-04-12", "nationalId": null, "relation": "head"}]}""")
record NewAssessmentJson(@Nullable String form, @Nullable Integer version, @Nullable Map<String, Object> answers,
                         @Nullable List<Map<String, Object>> members) {
}
