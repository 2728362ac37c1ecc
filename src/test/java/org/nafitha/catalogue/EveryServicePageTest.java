package org.nafitha.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * Every service's start page and form render in Arabic and in English: the service's name and
 * every question in that language, and no message key the bundles lack.
 */
@NafithaTest
@AutoConfigureMockMvc
class EveryServicePageTest {

    /** One signed-in browser per demo person for the whole class: sign-in codes are rate-limited. */
    @Autowired
    MockMvc mvc;
    @Autowired
    MessageSource messages;
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    /** Another test's journey removes the demo representative; these need the demo as the README documents it. */
    @BeforeEach
    void demoRepresentativeActsForTheCompany() {
        DemoApplicants.restoreRepresentative(jdbc);
    }

    static Stream<Arguments> servicesAndLanguages() {
        return DemoApplicants.CATALOGUE.all().stream().flatMap(s -> Stream.of(Arguments.of(s.code(), "ar"),
                Arguments.of(s.code(), "en")));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("servicesAndLanguages")
    void startPageAndFormRenderInTheLanguageWithEveryQuestion(String code, String lang) throws Exception {
        var service = DemoApplicants.CATALOGUE.find(code).orElseThrow();
        var locale = Locale.forLanguageTag(lang);
        var start = mvc.perform(get("/services/" + code).param("lang", lang)).andReturn().getResponse();
        assertThat(start.getStatus()).isEqualTo(200);
        var startPage = start.getContentAsString();
        assertThat(startPage).contains(html(service.name().in(locale))).contains(html(service.summary().in(locale)))
                .doesNotContain("??");
        if (service.outputDocument() != null) assertThat(startPage).contains(html(service.outputDocument().in(locale)));

        var who = DemoApplicants.of(service, service.applicants().getFirst());
        var visitor = MvcVisitor.signedInOnce(mvc, port, who.username());
        var form = visitor.perform(get("/services/" + code + "/apply").param("lang", lang)
                .param("for", who.onBehalfOf() == null ? "self" : who.onBehalfOf())).getResponse();
        assertThat(form.getStatus()).isEqualTo(200);
        var formPage = form.getContentAsString();
        assertThat(formPage).contains(html(service.name().in(locale))).doesNotContain("??");
        service.fields().forEach(f -> assertThat(formPage).as(f.name()).contains(html(f.label().in(locale))));
    }

    @Test
    void theServicesPageListsEveryPublicServiceInBothLanguagesAndNoStaffOnes() throws Exception {
        for (var lang : new String[] {"ar", "en"}) {
            var page = mvc.perform(get("/services").param("lang", lang)).andReturn().getResponse().getContentAsString();
            assertThat(page).doesNotContain("??");
            var locale = Locale.forLanguageTag(lang);
            DemoApplicants.CATALOGUE.all().forEach(s -> {
                if (s.sector().equals("internal")) assertThat(page).doesNotContain("/services/" + s.code() + "\"");
                else assertThat(page).contains(html(s.name().in(locale)));
            });
        }
    }

    @Test
    void everyStateAndActionOfEveryWorkflowHasItsWordsInBothLanguages() {
        for (var service : DemoApplicants.CATALOGUE.all()) {
            for (var t : service.workflow().transitions()) {
                for (var locale : new Locale[] {Locale.forLanguageTag("ar"), Locale.ENGLISH}) {
                    assertThat(messages.getMessage("cases.action." + t.action(), null, null, locale))
                            .as(service.code() + " action " + t.action()).isNotNull();
                    assertThat(messages.getMessage("cases.status." + t.to(), null, null, locale))
                            .as(service.code() + " state " + t.to()).isNotNull();
                    assertThat(messages.getMessage("catalogue.sector." + service.sector(), null, null, locale))
                            .as(service.code() + " sector").isNotNull();
                }
            }
        }
    }


    private static String html(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
