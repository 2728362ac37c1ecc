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
    private final Calendars calendars;
    private final Clock clock;

    AppointmentsForCases(BookingAppointments booking, ChangingAppointments changing, JdbcClient jdbc, Offices offices,
                         Calendars calendars, Clock clock) {
        this.booking = booking;
        this.changing = changing;
        this.testOffices = new TestOffices(jdbc, offices, calendars);
        this.calendars = calendars;
        this.clock = clock;
    }

    /** A passport office of the test's own, open every day: its code. */
    String office() {
        return testOffices.passportOffice(2).id();
    }

    /** The applicant books (and cancels) an appointment for the case at the office, on its first day that is no holiday. */
    void bookFor(String applicant, String reference, String office) {
        var person = TestOffices.person(applicant);
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
