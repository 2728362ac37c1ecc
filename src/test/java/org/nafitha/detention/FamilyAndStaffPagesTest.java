package org.nafitha.detention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import org.junit.jupiter.api.Test;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.nafitha.detention.internal.DecidingRequests;
import org.nafitha.transparency.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The detainee window's pages: English with both calendars, "not found" for who may not follow, staff kept to their facility. */
@NafithaTest
@AutoConfigureMockMvc
class FamilyAndStaffPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;
    @Autowired
    DecidingRequests deciding;

    @Test
    void theBrotherReadsTheStatusPageInEnglishWithHijriAndGregorianDatesAndNoHealthLine() throws Exception {
        var fahd = DetentionFixtures.detainee(jdbc, "MLZ-1446-00213");
        var page = MvcVisitor.signedInOnce(mvc, port, "1000000008")
                .perform(get("/detainees/" + fahd).param("lang", "en")).getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        var html = page.getContentAsString();
        assertThat(html).contains("Fahd bin Ali Al-Zahrani", "On trial", "Al-Malaz General Prison, Riyadh",
                "Riyadh Criminal Court — Third Circuit", "Adjourned for the evidence to be completed",
                "Tuesday 20 May 2025", "1446", "Visits left this month");
        assertThat(html).doesNotContain("id=\"health\"").doesNotContain("Type 2 diabetes");
    }

    @Test
    void aDetaineeSheMayNotFollowIsNotFoundOnThePortalAndTheTryIsAudited() throws Exception {
        var fahd = DetentionFixtures.detainee(jdbc, "MLZ-1446-00213");
        var noura = MvcVisitor.signedInOnce(mvc, port, "1000000016");
        assertThat(noura.perform(get("/detainees/" + fahd)).getResponse().getStatus()).isEqualTo(404);
        assertThat(noura.perform(get("/detainees/" + fahd + "/requests/new").param("type", "VISIT"))
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(audit.search(new AuditTrail.Search(null, null, "1000000016", "detention.look.refused", null, null), 20))
                .anySatisfy(e -> assertThat(e.reason()).contains(fahd.toString()).contains("web"));
    }

    @Test
    void anAssistanceRequestWithoutDetailsIsShownAgainWithItsErrorAndWithThemItIsSent() throws Exception {
        var fahd = DetentionFixtures.detainee(jdbc, "MLZ-1446-00213");
        var brother = MvcVisitor.signedInOnce(mvc, port, "1000000008");
        var refused = brother.perform(multipart("/detainees/" + fahd + "/requests").with(csrf())
                .param("type", "ASSISTANCE").param("details", " ").param("lang", "en")).getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("Describe what is needed.").contains("aria-invalid=\"true\"");
        var sent = brother.perform(multipart("/detainees/" + fahd + "/requests").with(csrf())
                .param("type", "ASSISTANCE").param("details", "ملابس شتوية ونظارة طبية بدل المكسورة")).getResponse();
        assertThat(sent.getRedirectedUrl()).startsWith("/detainees/" + fahd + "?sent=TWS-");
    }

    @Test
    void otherStaffCannotOpenThePrisonPagesAndPrisonStaffSeeOnlyTheirFacility() throws Exception {
        assertThat(MvcVisitor.signedInOnce(mvc, port, "officer1").perform(get("/staff/detention"))
                .getResponse().getStatus()).isEqualTo(403);
        var officer = MvcVisitor.signedInOnce(mvc, port, "prison-officer1");
        var queues = officer.perform(get("/staff/detention")).getResponse();
        assertThat(queues.getStatus()).isEqualTo(200);
        assertThat(queues.getContentAsString()).contains("MLZ-1446-00213").doesNotContain("BRM-1447-00042");
        var jeddah = DetentionFixtures.detainee(jdbc, "BRM-1447-00042");
        assertThat(officer.perform(get("/staff/detention/detainees/" + jeddah)).getResponse().getStatus()).isEqualTo(404);
        assertThat(officer.perform(get("/staff/detention/visits").param("day", "٢٠٢٦-١٢-٣٢")).getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void anApprovedDepositShowsTheFamilyWhereToPayIt() throws Exception {
        var fahd = DetentionFixtures.detainee(jdbc, "MLZ-1446-00213");
        var brother = MvcVisitor.signedInOnce(mvc, port, "1000000008");
        var sent = brother.perform(multipart("/detainees/" + fahd + "/requests").with(csrf())
                .param("type", "DEPOSIT").param("amount", "٤٠")).getResponse();
        assertThat(sent.getRedirectedUrl()).contains("?sent=TWS-");
        var reference = sent.getRedirectedUrl().substring(sent.getRedirectedUrl().indexOf("sent=") + 5);
        assertThat(deciding.decide(DetentionFixtures.MALAZ_SECURITY, reference, true, null)).isEmpty();
        var html = brother.perform(get("/detainees/" + fahd).param("lang", "en")).getResponse().getContentAsString();
        assertThat(html).contains(reference).contains("Approved by security: pay it on")
                .contains("href=\"/payments\"");
        var owed = brother.perform(get("/payments").param("lang", "en")).getResponse().getContentAsString();
        assertThat(owed).contains(reference).contains("Deposit to the account of Fahd bin Ali Al-Zahrani");
    }
}
