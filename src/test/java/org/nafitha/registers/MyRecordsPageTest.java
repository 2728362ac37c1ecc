package org.nafitha.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** "My records": a citizen's vehicles, licence and violations, Arabic first, linked from the header. */
@NafithaTest
@AutoConfigureMockMvc
class MyRecordsPageTest {

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;

    @Test
    void aCitizenSeesTheirVehiclesLicenceAndWhatTheyOweInArabicAndEnglish() throws Exception {
        var ahmed = MvcVisitor.signedIn(mvc, port, "1000000008");
        var arabic = ahmed.perform(get("/registers/mine")).getResponse();
        assertThat(arabic.getStatus()).isEqualTo(200);
        assertThat(arabic.getContentAsString())
                .contains("<h1>سجلاتي</h1>", "href=\"/registers/mine\"")
                .contains("٤٨٢١ ر س د", "4821 RSD", "٧٣١٥ ك ب ا", "تويوتا كامري ٢٠٢١، أبيض")
                .contains("٤٤١٠٢٨٦٥٣١", "خاصة")
                .contains("٤٤١٢٣٠٥٨٧٤٠١", "تجاوز السرعة المحددة", "طريق الملك فهد، الرياض")
                .contains("المخالفات غير المسددة: ٢، بمجموع ٤٥٠")
                .contains("مسددة", "غير مسددة")
                .doesNotContain("Toyota", "??");

        var english = ahmed.perform(get("/registers/mine").param("lang", "en")).getResponse().getContentAsString();
        assertThat(english).contains("<h1>My records</h1>", "Toyota Camry 2021, white", "4410286531",
                "Unpaid violations: 2, totalling 450", "Exceeding the speed limit");
    }

    @Test
    void someoneWithNothingOwedIsToldSoAndSeesOnlyTheirOwnRecords() throws Exception {
        var mohammed = MvcVisitor.signedIn(mvc, port, "2000000006");
        var page = mohammed.perform(get("/registers/mine")).getResponse().getContentAsString();
        assertThat(page).contains("٩٠٣٤ هـ ط ب", "خاصة، عمومية", "المخالفات غير المسددة: ٠، بمجموع ٠", "منتهية")
                .doesNotContain("4821 RSD", "441230587401", "٤٤١٢٣٠٥٨٧٤٠١");
    }

    @Test
    void staffHaveNoRecordsOfTheirOwnHereAndVisitorsMustSignIn() throws Exception {
        var officer = MvcVisitor.signedIn(mvc, port, "traffic1");
        assertThat(officer.perform(get("/registers/mine")).getResponse().getStatus()).isEqualTo(403);
        var anonymous = mvc.perform(get("/registers/mine")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).contains("/signin");
    }
}
