package org.nafitha.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.TestImages;
import org.nafitha.client.ApiException;
import org.nafitha.client.Configuration;
import org.nafitha.client.api.ApplicationsApi;
import org.nafitha.client.api.AppointmentsApi;
import org.nafitha.client.api.NotificationsApi;
import org.nafitha.client.api.PaymentsApi;
import org.nafitha.client.api.ServiceCatalogueApi;
import org.nafitha.client.api.SignInApi;
import org.nafitha.client.model.Code;
import org.nafitha.client.model.Credentials;
import org.nafitha.client.model.NewApplication;
import org.nafitha.client.model.NewAppointment;
import org.nafitha.client.model.NewPayment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A mobile developer's journey with nothing but the Java client generated from the published
 * OpenAPI document (openapi-generator, see pom.xml): sign in with the SMS code, find a service and
 * read its form, apply, follow the application, book an appointment at an office found through the
 * API, read the inbox, upload a photo and pay the fee. The only other calls are the phone (the SMS code
 * read from the dev outbox) and the card typed on the payment gateway's own page.
 */
@NafithaTest
@TestPropertySource(properties = "nafitha.cases.await-payment=true") // paid services wait for their fee, as in production
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
        assertThat(catalogue.servicesAll(null, null)).anyMatch(s -> "good-conduct-certificate".equals(s.getCode()));
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
        // dates people read come with the Hijri form beside, in the request's language (Arabic by default)
        assertThat(applications.applicationsMine(null, null)).anyMatch(a -> reference.equals(a.getReference())
                && a.getSubmittedReadable().contains("هـ"));

        var appointments = new AppointmentsApi(client);
        var office = list(appointments.officesForService("passport-issue")).stream().map(ThroughTheGeneratedClientJourneyTest::map)
                .filter(o -> o.get("nextFreeDay") != null).findFirst().orElseThrow();
        var day = (String) office.get("nextFreeDay");
        var slot = map(list(appointments.appointmentsSlots("passport-issue", (String) office.get("code"), day, day)).getFirst());
        var booked = map(appointments.appointmentsBook(new NewAppointment().service("passport-issue")
                .office((String) office.get("code")).start((String) slot.get("start")), UUID.randomUUID().toString()));
        assertThat(appointments.myAppointmentsMine(null, null)).anyMatch(a -> booked.get("id").equals(a.getId())
                && a.getStartReadable().contains("هـ"));
        appointments.appointmentsCancel((String) booked.get("id"));
        assertThatThrownBy(() -> appointments.appointmentsBook(new NewAppointment().service("passport-issue")
                .office((String) office.get("code")).start("2020-01-01T06:00:00Z"), UUID.randomUUID().toString()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(422));

        var notifications = new NotificationsApi(client);
        await().atMost(Duration.ofSeconds(20)).until(() -> notifications.notificationsInbox().getMessages().stream()
                .anyMatch(m -> reference.equals(m.getReference())));

        // A passport renewal: the fee found among what I owe and paid by card, then the photo uploaded
        var renewal = (String) map(applications.applicationsApply(UUID.randomUUID().toString(), new NewApplication()
                .serviceCode("passport-renewal").fields(Map.of("validityYears", "5", "mobile", "0501234567"))))
                .get("reference");
        assertThat(map(applications.applicationsOne(renewal)).get("status")).isEqualTo("AWAITING_PAYMENT");
        var payments = new PaymentsApi(client);
        var due = await().atMost(Duration.ofSeconds(20)).until(() -> payments.paymentsDue(1, 100).stream()
                .filter(d -> renewal.equals(d.getReference())).findFirst(), Optional::isPresent).orElseThrow();
        var charge = map(payments.paymentsPay(UUID.randomUUID().toString(), new NewPayment().items(List.of(due.getId()))));
        // the card is typed on the gateway's own page (the simulator's), as in the app's web view
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create((String) charge.get("redirectUrl")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("cardNumber=4111111111111111")).build(),
                HttpResponse.BodyHandlers.discarding());
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "PAID".equals(map(payments.paymentsOne((String) charge.get("id"))).get("status")));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "AWAITING_DOCUMENTS".equals(map(applications.applicationsOne(renewal)).get("status")));

        var photo = Files.createTempFile("photo", ".png");
        Files.write(photo, TestImages.portrait("png"));
        var stored = map(applications.applicationsDocument(renewal, "photo", photo.toFile()));
        assertThat((String) stored.get("sha256")).hasSize(64);
        assertThat(map(applications.applicationsOne(renewal)).get("status")).isEqualTo("SUBMITTED");
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
