package org.nafitha.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.nafitha.cases.Applications;
import org.nafitha.cases.CaseReference;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.issuance.internal.IssuingDocuments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A blind citizen reads her certificate as an accessible page next to the PDF: the same facts,
 * as a heading and a table, in her language; nobody else can open it.
 */
@NafithaTest
@AutoConfigureMockMvc
class AccessibleDocumentTest {

    private static final String NOURA = "1000000016";

    @Autowired MockMvc mvc;
    @Autowired Applications applications;
    @Autowired IssuingDocuments issuing;
    @Autowired Catalogue catalogue;
    @LocalServerPort int port;

    private CaseReference issuedCertificate() {
        var noura = new Actor(NOURA, NOURA, "نورة", Set.of(Role.APPLICANT), null);
        var outcome = applications.applyForSelf(noura, "good-conduct-certificate", Map.of("purpose", "study",
                "addressedTo", "جامعة الملك سعود", "language", "ar", "mobile", "0551112233"), UUID.randomUUID().toString());
        var reference = ((Applications.Submitted) outcome).reference();
        issuing.issue(reference, catalogue.find("good-conduct-certificate").orElseThrow(), NOURA);
        return reference;
    }

    @Test
    void theOwnerReadsTheDocumentAsAPageInHerLanguageAndNobodyElseCan() throws Exception {
        var reference = issuedCertificate();
        var noura = MvcVisitor.signedIn(mvc, port, NOURA);
        var arabic = noura.perform(get("/applications/" + reference.value() + "/document"));
        assertThat(arabic.getResponse().getStatus()).isEqualTo(200);
        assertThat(arabic.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("<article lang=\"ar\" dir=\"rtl\"")
                .contains("<h1 id=\"document-title\">شهادة حسن سيرة وسلوك</h1>")
                .contains("<th scope=\"row\">الاسم</th>")
                .contains("نورة بنت سعد القحطاني")
                .contains("<td dir=\"ltr\">" + reference.value() + "</td>");
        var english = noura.perform(get("/applications/" + reference.value() + "/document").param("lang", "en"));
        assertThat(english.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("<article lang=\"en\" dir=\"ltr\"").contains("Good conduct certificate")
                .contains("Noura bint Saad Al-Qahtani");

        var mohammed = MvcVisitor.signedIn(mvc, port, "2000000006");
        assertThat(mohammed.perform(get("/applications/" + reference.value() + "/document")).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(noura.perform(get("/applications/not-a-reference/document")).getResponse().getStatus()).isEqualTo(404);
    }
}
