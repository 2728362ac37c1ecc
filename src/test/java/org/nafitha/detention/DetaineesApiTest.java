package org.nafitha.detention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nafitha.detention.DetentionFixtures.BRIMAN_HEAD;
import static org.nafitha.detention.DetentionFixtures.BRIMAN_OFFICER;
import static org.nafitha.detention.DetentionFixtures.MALAZ_HEAD;
import static org.nafitha.detention.DetentionFixtures.MALAZ_OFFICER;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.country.NationalId;
import org.nafitha.detention.internal.Contact;
import org.nafitha.detention.internal.DetaineeContacts;
import org.nafitha.detention.internal.Looks;
import org.nafitha.detention.internal.ManagingContacts;
import org.nafitha.transparency.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who sees which detainee through the API, field by field, and that every look and refused look is audited. */
@NafithaTest
class DetaineesApiTest {

    private static final String RESIDENT = "2000000006";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Looks looks;
    @Autowired
    AuditTrail audit;
    @Autowired
    ManagingContacts managing;
    @Autowired
    DetaineeContacts contacts;
    @Autowired
    Clock clock;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void theBrotherSeesStatusFacilityAndNextCourtSessionButNotHealth() {
        var list = api.get("/api/v1/detainees", api.login("1000000008"), "Accept-Language", "ar");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().size()).isEqualTo(1);
        var fahd = list.body().path(0);
        assertThat(fahd.path("name").asString()).isEqualTo("فهد بن علي الزهراني");
        assertThat(fahd.path("relation").asString()).isEqualTo("SIBLING");
        assertThat(fahd.path("legalStatus").asString()).isEqualTo("ON_TRIAL");
        assertThat(fahd.path("facility").asString()).isEqualTo("سجن الملز العام بالرياض");
        assertThat(Instant.parse(fahd.path("nextCourtSession").path("at").asString())).isAfter(clock.instant());
        assertThat(fahd.path("courtSessions").size()).isEqualTo(2);
        assertThat(fahd.has("visitsLeft")).isTrue();
        assertThat(fahd.has("health")).isFalse();
        assertThat(list.raw().body()).doesNotContain("health").doesNotContain("null");
    }

    @Test
    void theWifeSeesHisHealthBecauseHeConsented() {
        var fahd = api.get("/api/v1/detainees", api.login("1000000081"), "Accept-Language", "en").body().path(0);
        assertThat(fahd.path("relation").asString()).isEqualTo("SPOUSE");
        assertThat(fahd.path("health").asString()).isEqualTo("Type 2 diabetes, receives insulin regularly, stable");
    }

    @Test
    void everyLookIsOnTheAuditTrailAndOnTheDetaineesOwnList() {
        var id = DetentionFixtures.detainee(jdbc, "MLZ-1446-00213");
        assertThat(api.get("/api/v1/detainees/" + id, api.login("1000000008")).status()).isEqualTo(200);
        assertThat(looks.of(id)).anySatisfy(l -> {
            assertThat(l.actor()).isEqualTo("1000000008");
            assertThat(l.relation()).isEqualTo("SIBLING");
        });
        assertThat(audit.forCase("MLZ-1446-00213")).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("detention.look");
            assertThat(e.actor()).isEqualTo("1000000008");
        });
    }

    @Test
    void anUnrelatedPersonIsAnsweredAsForADetaineeThatDoesNotExistAndTheTryIsAudited() {
        var noura = api.login("1000000016");
        assertThat(api.get("/api/v1/detainees", noura).body().size()).isZero();
        var fahd = api.get("/api/v1/detainees/" + DetentionFixtures.detainee(jdbc, "MLZ-1446-00213"), noura);
        var nobody = api.get("/api/v1/detainees/" + UUID.randomUUID(), noura);
        assertThat(fahd.status()).isEqualTo(404);
        assertThat(fahd.contentType()).startsWith("application/problem+json");
        assertThat(fahd.text("code")).isEqualTo("detention.NOT_FOUND");
        assertThat(nobody.status()).isEqualTo(404);
        assertThat(nobody.text("detail")).isEqualTo(fahd.text("detail"));
        assertThat(audit.search(new AuditTrail.Search(null, null, "1000000016", "detention.look.refused", null, null), 10))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aLawyerFollowsUntilTheContactIsWithdrawnAndSeesNoVisitsOrHealth() {
        var majid = DetentionFixtures.detainee(jdbc, "MLZ-1444-00871");
        assertThat(managing.propose(MALAZ_OFFICER, majid, new NationalId(RESIDENT), Relation.LAWYER)).isEmpty();
        var contact = contacts.find(majid, RESIDENT).orElseThrow();
        assertThat(managing.approve(MALAZ_OFFICER, contact.id())).contains(DetentionError.FOUR_EYES);
        assertThat(managing.approve(MALAZ_HEAD, contact.id())).isEmpty();
        var token = api.login(RESIDENT);
        var seen = api.get("/api/v1/detainees/" + majid, token, "Accept-Language", "en");
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.text("legalStatus")).isEqualTo("SENTENCED");
        assertThat(seen.body().path("sentence").path("expectedRelease").asString()).isEqualTo("2027-08-14");
        assertThat(seen.body().has("visitsLeft")).isFalse();
        assertThat(seen.body().has("health")).isFalse();

        assertThat(managing.withdraw(MALAZ_HEAD, contact.id())).isEmpty();
        assertThat(contacts.find(majid, RESIDENT).orElseThrow().status()).isEqualTo(Contact.Status.WITHDRAWN);
        assertThat(api.get("/api/v1/detainees/" + majid, token).status()).isEqualTo(404);
        assertThat(audit.search(new AuditTrail.Search(null, null, RESIDENT, "detention.look.refused", null, null), 10))
                .isNotEmpty();
    }

    @Test
    void aRelativeIsCheckedAgainstTheCivilRegisterAndLosesSightWhenTheRelationIsRemoved() {
        var abdullah = DetentionFixtures.detainee(jdbc, "BRM-1447-00017");
        assertThat(managing.propose(BRIMAN_OFFICER, abdullah, new NationalId(RESIDENT), Relation.SIBLING))
                .contains(DetentionError.NOT_A_RELATIVE);
        jdbc.sql("INSERT INTO civil_relations (person, relative, kinship) VALUES ('1000000115', :r, 'SIBLING')")
                .param("r", RESIDENT).update();
        assertThat(managing.propose(BRIMAN_OFFICER, abdullah, new NationalId(RESIDENT), Relation.SIBLING)).isEmpty();
        assertThat(managing.approve(BRIMAN_HEAD, contacts.find(abdullah, RESIDENT).orElseThrow().id())).isEmpty();
        var token = api.login(RESIDENT);
        var seen = api.get("/api/v1/detainees/" + abdullah, token);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.text("legalStatus")).isEqualTo("REMANDED");

        jdbc.sql("DELETE FROM civil_relations WHERE person = '1000000115' AND relative = :r").param("r", RESIDENT).update();
        assertThat(api.get("/api/v1/detainees/" + abdullah, token).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/detainees", token).raw().body()).doesNotContain(abdullah.toString());
    }

    @Test
    void underInvestigationALawyerSeesOnlyCustodyTheFacilityAndTheStatus() {
        var sultan = DetentionFixtures.detainee(jdbc, "BRM-1447-00042");
        assertThat(managing.propose(BRIMAN_OFFICER, sultan, new NationalId(RESIDENT), Relation.LAWYER)).isEmpty();
        assertThat(managing.approve(BRIMAN_HEAD, contacts.find(sultan, RESIDENT).orElseThrow().id())).isEmpty();
        var seen = api.get("/api/v1/detainees/" + sultan, api.login(RESIDENT), "Accept-Language", "en");
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.text("facility")).isEqualTo("Briman Prison, Jeddah");
        assertThat(seen.text("legalStatus")).isEqualTo("UNDER_INVESTIGATION");
        assertThat(seen.body().has("nextCourtSession")).isFalse();
        assertThat(seen.body().has("courtSessions")).isFalse();
        assertThat(seen.body().has("contacts")).isFalse();
        assertThat(seen.body().has("visitsLeft")).isFalse();
    }
}
