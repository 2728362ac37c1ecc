package org.nafitha.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.nafitha.appointments.TestOffices;
import org.nafitha.appointments.internal.BookingAppointments;
import org.nafitha.appointments.internal.BookingOutcome;
import org.nafitha.appointments.internal.BookingRequest;
import org.nafitha.appointments.internal.ChangingAppointments;
import org.nafitha.appointments.internal.Offices;
import org.nafitha.appointments.internal.Refusal;
import org.nafitha.country.Calendars;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes a case one handled at an office as the applicant does: an appointment booked for it there (at a
 * passport office of the test's own), then cancelled so that the applicant holds no seat — the case stays
 * one handled at that office.
 */
final class AppointmentsForCases {

    private final BookingAppointments booking;
    private final ChangingAppointments changing;
    private final TestOffices testOffices;
    private final JdbcClient jdbc;
    private final Calendars calendars;
    private final Clock clock;

    AppointmentsForCases(BookingAppointments booking, ChangingAppointments changing, JdbcClient jdbc, Offices offices,
                         Calendars calendars, Clock clock) {
        this.booking = booking;
        this.changing = changing;
        this.testOffices = new TestOffices(jdbc, offices, calendars);
        this.jdbc = jdbc;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** A passport office of the test's own, open every day: its code. */
    String office() {
        return testOffices.passportOffice(2).id();
    }

    /**
     * The applicant books (and cancels) an appointment for the case at the office, on its first day that is no
     * holiday. An appointment for the same service the applicant still holds from another test (the suite shares
     * its database) is cancelled first: one active appointment per person and service.
     */
    void bookFor(String applicant, String reference, String office) {
        var person = TestOffices.person(applicant);
        jdbc.sql("SELECT code FROM appointments WHERE person = :p AND service_code = 'passport-lost' AND status = 'BOOKED'")
                .param("p", applicant).query(String.class).list().forEach(code -> changing.cancel(person, code));
        // one checked in or called by another test's queue cannot be cancelled by the person: it is ended
        jdbc.sql("""
                        UPDATE appointments SET status = 'CANCELLED', active_key = NULL
                         WHERE person = :p AND service_code = 'passport-lost' AND active_key IS NOT NULL""")
                .param("p", applicant).update();
        for (int days = 3; ; days++) {
            var start = testOffices.at(calendars.today(clock).plusDays(days), 10, 0);
            var outcome = booking.book(new BookingRequest(person, null, "passport-lost", office, start, reference, null));
            if (outcome instanceof BookingOutcome.Booked booked) {
                assertThat(changing.cancel(person, booked.appointment().code())).isEmpty();
                return;
            }
            assertThat(outcome).isEqualTo(new BookingOutcome.Refused(Refusal.HOLIDAY));
        }
    }
}
