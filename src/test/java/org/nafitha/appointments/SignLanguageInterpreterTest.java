package org.nafitha.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.nafitha.TestClock;
import org.nafitha.appointments.internal.Appointment;
import org.nafitha.appointments.internal.BookingAppointments;
import org.nafitha.appointments.internal.BookingOutcome;
import org.nafitha.appointments.internal.BookingRequest;
import org.nafitha.appointments.internal.ChangingAppointments;
import org.nafitha.appointments.internal.Interpreters;
import org.nafitha.appointments.internal.Office;
import org.nafitha.appointments.internal.Offices;
import org.nafitha.country.Calendars;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A deaf citizen asks for a sign-language interpreter on her booked appointment (or while
 * booking) without calling anyone; the office's reception sees it among the interpreters to
 * arrange and again at check-in. Nobody else can ask on her appointment.
 */
@NafithaTest
@AutoConfigureMockMvc
class SignLanguageInterpreterTest {

    private static final String MOHAMMED = "2000000006";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Offices offices;
    @Autowired Calendars calendars;
    @Autowired BookingAppointments booking;
    @Autowired ChangingAppointments changing;
    @Autowired Interpreters interpreters;
    @Autowired TestClock clock;
    @LocalServerPort int port;

    TestOffices testOffices;
    Office office;

    @BeforeEach
    void office() {
        testOffices = new TestOffices(jdbc, offices, calendars);
        office = testOffices.passportOffice(2);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Appointment booked(String person, String service, int hour) {
        var outcome = booking.book(new BookingRequest(TestOffices.person(person), null, service, office.id(),
                testOffices.at(testOffices.openDay(3), hour, 0), null, null));
        assertThat(outcome).isInstanceOf(BookingOutcome.Booked.class);
        return ((BookingOutcome.Booked) outcome).appointment();
    }

    private static String text(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** One session per account for the whole class: signing in costs a code from a throttled allowance. */
    private MvcVisitor visitor(String username) throws Exception {
        return MvcVisitor.signedInOnce(mvc, port, username);
    }

    @Test
    void theOfficeSeesTheInterpreterAskedForOnABookedAppointment() throws Exception {
        var appointment = booked(MOHAMMED, "passport-issue", 10);
        var mohammed = visitor(MOHAMMED);
        var asked = mohammed.perform(post("/appointments/" + appointment.code() + "/interpreter").with(csrf())
                .param("note", "أفضّل مترجمًا يعرف لغة الإشارة السعودية"));
        assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/appointments/" + appointment.code());
        assertThat(text(mohammed.perform(get("/appointments/" + appointment.code())))).contains("طلبت مترجم لغة الإشارة");

        var reception = visitor("reception1");
        var desk = text(reception.perform(get("/staff/appointments/reception").param("office", office.id())));
        assertThat(desk).contains("مترجمو لغة الإشارة المطلوبون").contains(appointment.code())
                .contains("أفضّل مترجمًا يعرف لغة الإشارة السعودية");
        clock.advance(Duration.between(clock.instant(), appointment.startsAt().minus(Duration.ofMinutes(20))));
        var checkIn = text(reception.perform(post("/staff/appointments/reception/check-in").with(csrf())
                .param("office", office.id()).param("code", appointment.code())));
        assertThat(checkIn).contains("طلب المراجع مترجم لغة الإشارة");
    }

    @Test
    void askingWhileBookingRecordsTheSameRequest() throws Exception {
        var mohammed = visitor(MOHAMMED);
        var start = testOffices.at(testOffices.openDay(4), 11, 0);
        var result = mohammed.perform(post("/appointments/book").with(csrf()).param("service", "passport-lost")
                .param("office", office.id()).param("day", testOffices.openDay(4).toString())
                .param("start", start.toString()).param("interpreter", "true"));
        var location = result.getResponse().getRedirectedUrl();
        assertThat(location).as(text(result)).startsWith("/appointments/").endsWith("?booked");
        var code = location.substring("/appointments/".length(), location.indexOf('?'));
        var appointment = changing.mine(TestOffices.person(MOHAMMED), code).orElseThrow();
        assertThat(interpreters.of(appointment.id())).isPresent();
    }

    @Test
    void nobodyElseAsksOnSomeonesAppointmentAndNotesAreKeptShort() throws Exception {
        var appointment = booked("1000000008", "passport-issue", 12);
        var mohammed = TestOffices.person(MOHAMMED);
        assertThat(interpreters.request(mohammed, appointment.code(), null)).contains(Interpreters.Refusal.NOT_BOOKED);
        var ahmed = TestOffices.person("1000000008");
        assertThat(interpreters.request(ahmed, appointment.code(), "م".repeat(301)))
                .contains(Interpreters.Refusal.NOTE_TOO_LONG);
        assertThat(interpreters.of(appointment.id())).isEmpty();
        changing.cancel(ahmed, appointment.code());
        assertThat(interpreters.request(ahmed, appointment.code(), null)).contains(Interpreters.Refusal.NOT_BOOKED);
    }
}
