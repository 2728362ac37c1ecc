package org.nafitha.municipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.municipal.internal.VerificationBatches;
import org.nafitha.municipal.internal.VerifyingRegistrations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Municipal affairs' queue of registrations: filtered and paged, each opened with its decree beside
 * it, proposed verified by one person and confirmed by a second, different one — never by the
 * proposer, and of two confirming at once only one opens the account.
 */
@NafithaTest
@AutoConfigureMockMvc
class VerificationPagesTest {

    private static final String HAZMIEH = "ML-BAABDA-HAZMIEH";

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    VerifyingRegistrations verifying;
    @Autowired
    VerificationBatches batches;

    @Test
    void theProposerCannotConfirmTheirOwnBatchASecondPersonDoesAndTheAccountsOpen() throws Exception {
        var api = new ApiClient(port);
        var a = Registrants.submitted(api, HAZMIEH, "MUKHTAR");
        var b = Registrants.submitted(api, "ML-MATN-SIN-EL-FIL", "MUNICIPAL_STAFF");
        var first = MvcVisitor.signedInOnce(mvc, port, "municipal-affairs1");
        var proposed = first.perform(post("/municipal/registrations/proposals").with(csrf()).param("lang", "en")
                .param("ids", a.id(), b.id())).getFlashMap();
        assertThat(proposed.get("done")).asString().contains("Proposed verified: 2");
        assertThat(status(a.id())).isEqualTo("SUBMITTED");

        var own = first.perform(post("/municipal/registrations/confirmations").with(csrf()).param("lang", "en")
                .param("ids", a.id())).getFlashMap();
        assertThat(own.get("done")).isNull();
        assertThat(own.get("problems")).asString().contains(a.officialName() + ": Four eyes");
        var batch = jdbc.sql("SELECT batch_id FROM municipal_registration_proposals WHERE registration_id = :id")
                .param("id", UUID.fromString(a.id())).query(UUID.class).single();
        var ownBatch = first.perform(post("/municipal/registrations/batches/" + batch + "/confirmation").with(csrf())
                .param("lang", "en")).getFlashMap();
        assertThat(ownBatch.get("problems")).asString().contains("Four eyes");
        var ownPage = first.perform(get("/municipal/registrations").param("lang", "en")).getResponse().getContentAsString();
        assertThat(ownPage).contains("id=\"batch-" + batch + "\"", "You proposed this")
                .doesNotContain("/municipal/registrations/batches/" + batch + "/confirmation");
        var ownDetail = first.perform(get("/municipal/registrations/" + a.id()).param("lang", "en")).getResponse()
                .getContentAsString();
        assertThat(ownDetail).doesNotContain("/confirmation\"");
        assertThat(status(a.id())).isEqualTo("SUBMITTED");

        var second = MvcVisitor.signedInOnce(mvc, port, "municipal-affairs2");
        var detail = second.perform(get("/municipal/registrations/" + a.id()).param("lang", "en")).getResponse()
                .getContentAsString();
        assertThat(detail).contains("Decree or appointment document", "/municipal/registrations/" + a.id() + "/decree/1",
                "Proposed by Nada Fouad Chehab", "Confirm and open the account");
        var image = second.perform(get("/municipal/registrations/" + a.id() + "/decree/1")).getResponse();
        assertThat(image.getContentType()).isEqualTo("image/png");
        assertThat(image.getContentAsByteArray()).startsWith(0x89, 'P', 'N', 'G');

        var confirmed = second.perform(post("/municipal/registrations/batches/" + batch + "/confirmation").with(csrf())
                .param("lang", "en")).getFlashMap();
        assertThat(confirmed.get("done")).asString().contains("Verified and accounts opened: 2");
        assertThat(status(a.id())).isEqualTo("VERIFIED");
        assertThat(status(b.id())).isEqualTo("VERIFIED");

        // Verified: the mukhtar signs in and lands on Hazmieh's page.
        var mukhtar = MvcVisitor.signedIn(mvc, port, a.username(), Registrants.PASSWORD);
        var landing = mukhtar.perform(get("/me")).getResponse().getRedirectedUrl();
        assertThat(landing).isEqualTo("/municipal/home");
        assertThat(mukhtar.perform(get(landing).param("lang", "en")).getResponse().getContentAsString())
                .contains("Municipality of Hazmieh", "Baabda District");
    }

    @Test
    void twoPeopleConfirmingAtOnceOpenTheAccountOnce() throws Exception {
        var a = Registrants.submitted(new ApiClient(port), HAZMIEH, "MUKHTAR");
        var id = UUID.fromString(a.id());
        assertThat(verifying.propose(affairs("municipal-affairs1"), id, UUID.randomUUID())).isNull();
        var start = new CountDownLatch(1);
        var answers = new ArrayList<CompletableFuture<VerificationBatches.Outcome>>();
        for (var who : List.of("municipal-affairs2", "municipal-affairs3")) {
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return batches.confirm(affairs(who), List.of(id));
            }));
        }
        start.countDown();
        var results = answers.stream().map(f -> f.orTimeout(30, TimeUnit.SECONDS).join().results().get(id)).toList();
        assertThat(results).containsExactlyInAnyOrder(null, MunicipalError.ALREADY_DECIDED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM municipal_staff WHERE username = :u").param("u", a.username())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'municipal.registration.verify' AND reason LIKE :d")
                .param("d", "%" + a.id() + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theQueueIsFilteredByPlaceRoleAndDateOldestFirst() throws Exception {
        var api = new ApiClient(port);
        var older = Registrants.submitted(api, HAZMIEH, "MUKHTAR");
        var newer = Registrants.submitted(api, HAZMIEH, "MUNICIPAL_STAFF");
        var matn = Registrants.submitted(api, "ML-MATN-SIN-EL-FIL", "MUKHTAR");
        var staff = MvcVisitor.signedInOnce(mvc, port, "municipal-affairs1");

        var hazmieh = queue(staff, "place", HAZMIEH);
        assertThat(hazmieh).contains(row(older), row(newer)).doesNotContain(row(matn));
        assertThat(hazmieh.indexOf(row(older))).as("oldest first").isLessThan(hazmieh.indexOf(row(newer)));
        assertThat(queue(staff, "place", "district:ML-MATN")).contains(row(matn)).doesNotContain(row(older));
        assertThat(queue(staff, "place", "district:ML-BAABDA")).contains(row(older)).doesNotContain(row(matn));
        assertThat(queue(staff, "role", "MUKHTAR", "place", HAZMIEH)).contains(row(older)).doesNotContain(row(newer));
        assertThat(queue(staff, "since", "٢٠٢٦-٠١-٠١")).contains(row(older));
        assertThat(queue(staff, "since", "2999-01-01")).doesNotContain(row(older), row(matn));

        assertThat(queue(staff, "place", "ML-NOWHERE")).contains("id=\"place-error\"", "Choose a municipality from the list.");
        assertThat(queue(staff, "role", "MAYOR")).contains("id=\"role-error\"");
        assertThat(queue(staff, "since", "yesterday")).contains("id=\"since-error\"", "Enter the date as year-month-day");
        var nothing = staff.perform(post("/municipal/registrations/proposals").with(csrf()).param("lang", "en")
                .param("place", HAZMIEH).param("role", "").param("page", "1"));
        assertThat(nothing.getFlashMap().get("problems")).asString().contains("Tick at least one registration.");
        assertThat(nothing.getResponse().getRedirectedUrl()).as("back to the same filter")
                .isEqualTo("/municipal/registrations?place=" + HAZMIEH);
    }

    @Test
    void theQueueIsShownTwentyAtATime() throws Exception {
        var api = new ApiClient(port);
        var place = "ML-BAABDA-WADI-CHAHROUR";
        var ids = new ArrayList<String>();
        for (int i = 0; i < 21; i++) ids.add(Registrants.submitted(api, place, "MUKHTAR").id());
        var staff = MvcVisitor.signedInOnce(mvc, port, "municipal-affairs1");
        var first = queue(staff, "place", place);
        var waitingThere = jdbc.sql("SELECT COUNT(*) FROM municipal_registrations WHERE municipality = :m AND status = 'SUBMITTED'")
                .param("m", place).query(Long.class).single();
        assertThat(waitingThere).isGreaterThanOrEqualTo(21);
        assertThat(first.split("name=\"ids\"", -1).length - 1).isEqualTo(20);
        assertThat(first).as("the next page keeps the filter").contains("?place=" + place + "&amp;page=2\" rel=\"next\"");
        var pages = (waitingThere + 19) / 20;
        var last = queue(staff, "place", place, "page", String.valueOf(pages));
        assertThat(last).contains("id=\"registration-" + ids.getLast() + "\"");
    }

    @Test
    void aRefusalNeedsItsReasonOnThePage() throws Exception {
        var a = Registrants.submitted(new ApiClient(port), HAZMIEH, "MUKHTAR");
        var staff = MvcVisitor.signedInOnce(mvc, port, "municipal-affairs2");
        var empty = staff.perform(post("/municipal/registrations/" + a.id() + "/refusal").with(csrf()).param("lang", "en")
                .param("reason", "  ")).getResponse();
        assertThat(empty.getContentAsString()).contains("id=\"reason-error\"", "Give the reason for the refusal.");
        var tooLong = staff.perform(post("/municipal/registrations/" + a.id() + "/refusal").with(csrf()).param("lang", "en")
                .param("reason", "س".repeat(1001))).getResponse();
        assertThat(tooLong.getContentAsString()).contains("id=\"reason-error\"", "at most 1000 characters");
        var refused = staff.perform(post("/municipal/registrations/" + a.id() + "/refusal").with(csrf()).param("lang", "en")
                .param("reason", "القرار غير موقّع")).getResponse();
        assertThat(refused.getRedirectedUrl()).isEqualTo("/municipal/registrations");
        assertThat(status(a.id())).isEqualTo("REFUSED");
        var late = staff.perform(post("/municipal/registrations/" + a.id() + "/proposal").with(csrf()).param("lang", "en"))
                .getFlashMap();
        assertThat(late.get("problem")).asString().contains("already been decided");
    }

    @Test
    void onlyMunicipalAffairsOpenTheQueueAndTheDecrees() throws Exception {
        var a = Registrants.submitted(new ApiClient(port), HAZMIEH, "MUKHTAR");
        var municipality = MvcVisitor.signedInOnce(mvc, port, "municipality1");
        assertThat(municipality.perform(get("/municipal/registrations")).getResponse().getStatus()).isEqualTo(403);
        assertThat(municipality.perform(get("/municipal/registrations/" + a.id() + "/decree/1")).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/municipal/registrations/" + a.id())).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/signin");
        var affairs = MvcVisitor.signedInOnce(mvc, port, "municipal-affairs1");
        assertThat(affairs.perform(get("/municipal/registrations/" + UUID.randomUUID())).getResponse().getStatus()).isEqualTo(404);
        assertThat(affairs.perform(get("/municipal/registrations/" + a.id() + "/decree/2")).getResponse().getStatus())
                .isEqualTo(404);
    }

    private String queue(MvcVisitor staff, String... params) throws Exception {
        var request = get("/municipal/registrations").param("lang", "en");
        for (int i = 0; i < params.length; i += 2) request.param(params[i], params[i + 1]);
        return staff.perform(request).getResponse().getContentAsString();
    }

    private static String row(Registrants.Submitted s) {
        return "id=\"registration-" + s.id() + "\"";
    }

    private String status(String id) {
        return verifying.status(UUID.fromString(id)).orElseThrow();
    }

    private static Actor affairs(String username) {
        return new Actor(username, null, username, Set.of(Role.MUNICIPAL_AFFAIRS), "municipal-affairs");
    }
}
