package org.nafitha.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.nafitha.country.NationalIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The kiosk's card step tells nobody who has an account: an ID without one is asked for a code
 * like any other (none is sent), and the kiosk's own pages ask for the card, not the portal's
 * sign-in page.
 */
@NafithaTest
@AutoConfigureMockMvc
class KioskSignInTest {

    @Autowired MockMvc mvc;
    @Autowired NationalIds nationalIds;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @Test
    void anIdWithoutAnAccountGoesToTheCodeStepButNoCodeIsSent() throws Exception {
        var stranger = IntStream.range(0, 10).mapToObj(d -> "100000009" + d)
                .filter(id -> nationalIds.check(id) instanceof NationalIds.Valid)
                .filter(id -> jdbc.sql("SELECT COUNT(*) FROM accounts WHERE username = :u").param("u", id)
                        .query(Long.class).single() == 0)
                .findFirst().orElseThrow();
        var kiosk = new MvcVisitor(mvc);
        kiosk.perform(get("/kiosk"));
        var card = kiosk.perform(post("/kiosk/card").with(csrf()).param("nationalId", stranger));
        assertThat(card.getResponse().getRedirectedUrl()).isEqualTo("/kiosk/code");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM otp_challenges WHERE username = :u AND delivered = FALSE")
                .param("u", stranger).query(Long.class).single()).isEqualTo(1);
        var code = kiosk.perform(post("/kiosk/code").with(csrf()).param("code", "123456"));
        assertThat(code.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("الرمز غير صحيح");
    }

    @Test
    void theCardNumberMayBeTypedInArabicDigitsAndKioskPagesAskForTheCard() throws Exception {
        var kiosk = new MvcVisitor(mvc);
        assertThat(kiosk.perform(get("/kiosk/home")).getResponse().getRedirectedUrl()).endsWith("/kiosk");
        kiosk.perform(get("/kiosk"));
        var card = kiosk.perform(post("/kiosk/card").with(csrf()).param("nationalId", "٢٠٠٠٠٠٠٠٠٦"));
        assertThat(card.getResponse().getRedirectedUrl()).isEqualTo("/kiosk/code");
        var empty = kiosk.perform(post("/kiosk/card").with(csrf()).param("nationalId", ""));
        assertThat(empty.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("field--error");
    }
}
