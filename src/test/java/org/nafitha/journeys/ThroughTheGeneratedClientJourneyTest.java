package org.nafitha.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.client.ApiException;
import org.nafitha.client.Configuration;
import org.nafitha.client.api.ApplicationsApi;
import org.nafitha.client.api.AppointmentsApi;
import org.nafitha.client.api.NotificationsApi;
import org.nafitha.client.api.ServiceCatalogueApi;
import org.nafitha.client.api.SignInApi;
import org.nafitha.client.model.Code;
import org.nafitha.client.model.Credentials;
import org.nafitha.client.model.NewApplication;
import org.nafitha.client.model.NewAppointment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A mobile developer's journey with nothing but the Java client generated from the published
 * OpenAPI document (openapi-generator, see pom.xml): sign in with the SMS code, find a service and
 * read its form, apply, follow the application, book an appointment at an office found through the
 * API, and read the inbox. The only other call is the phone: the SMS code read from the dev outbox.
 */
@NafithaTest
class ThroughTheGeneratedClientJourneyTest {

    @LocalServerPort
    int port;

    @Test
    void signInApplyFollowBookAndReadTheInboxWithTheGeneratedClient() throws Exception {
        var client = Configuration.getDefaultApiClient();
        client.updateBaseUri("http://localhost:" + port);
        var signIn = new SignInApi(client);
        var challenge = map(signIn.authLogin(new Credentials().username("1000000016").password(ApiClient.DEMO_PASSWORD)));
        var code = new ApiClient(port).latestCode("1000000016"); // the phone
        var token = map(signIn.authOtp(new Code().challengeId(UUID.fromString((String) challenge.get("challengeId"))).code(code)))
                .get("token");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));

        var catalogue = new ServiceCatalogueApi(client);
        assertThat(catalogue.servicesAll()).anyMatch(s -> "good-conduct-certificate".equals(s.getCode()));
        var form = map(catalogue.servicesOne("good-conduct-certificate"));
        assertThat(list(form.get("fields"))).extracting(f -> map(f).get("name")).contains("purpose", "addressedTo");

        var applications = new ApplicationsApi(client);
        var created = map(applications.applicationsApply(UUID.randomUUID().toString(), new NewApplication()
                .serviceCode("good-conduct-certificate").fields(Map.of("purpose", "study",
                        "addressedTo", "جامعة الملك سعود", "language", "ar", "mobile", "0551112233"))));
        var reference = (String) created.get("reference");
        var application = map(applications.applicationsOne(reference));
        assertThat(application.get("status")).isNotNull();
        assertThat(list(application.get("timeline"))).isNotEmpty();
        assertThat(applications.applicationsMine()).anyMatch(a -> reference.equals(a.getReference()));

        var appointments = new AppointmentsApi(client);
        var office = list(appointments.officesForService("passport-issue")).stream().map(ThroughTheGeneratedClientJourneyTest::map)
                .filter(o -> o.get("nextFreeDay") != null).findFirst().orElseThrow();
        var day = (String) office.get("nextFreeDay");
        var slot = map(list(appointments.appointmentsSlots("passport-issue", (String) office.get("code"), day, day)).getFirst());
        var booked = map(appointments.appointmentsBook(new NewAppointment().service("passport-issue")
                .office((String) office.get("code")).start((String) slot.get("start")), UUID.randomUUID().toString()));
        assertThat(appointments.myAppointmentsMine()).anyMatch(a -> booked.get("id").equals(a.getId()));
        appointments.appointmentsCancel((String) booked.get("id"));
        assertThatThrownBy(() -> appointments.appointmentsBook(new NewAppointment().service("passport-issue")
                .office((String) office.get("code")).start("2020-01-01T06:00:00Z"), UUID.randomUUID().toString()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(422));

        var notifications = new NotificationsApi(client);
        await().atMost(Duration.ofSeconds(20)).until(() -> notifications.notificationsInbox().getMessages().stream()
                .anyMatch(m -> reference.equals(m.getReference())));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object json) {
        return (Map<String, Object>) json;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object json) {
        return (List<Object>) json;
    }
}
