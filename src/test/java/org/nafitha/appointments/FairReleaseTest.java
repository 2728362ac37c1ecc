package org.nafitha.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.nafitha.TestClock;
import org.nafitha.appointments.internal.BookingAppointments;
import org.nafitha.appointments.internal.BookingOutcome;
import org.nafitha.appointments.internal.BookingRequest;
import org.nafitha.appointments.internal.Offices;
import org.nafitha.appointments.internal.Refusal;
import org.nafitha.appointments.internal.ReleaseDraws;
import org.nafitha.appointments.internal.Releases;
import org.nafitha.appointments.internal.Slots;
import org.nafitha.country.Calendars;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A new day opens: the first minutes' requests are a draw, recorded and re-verifiable; then first come first served. */
@NafithaTest
class FairReleaseTest {

    @Autowired BookingAppointments booking;
    @Autowired ReleaseDraws draws;
    @Autowired Releases releases;
    @Autowired Slots slots;
    @Autowired Offices offices;
    @Autowired Calendars calendars;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void moveTo(Instant at) {
        clock.advance(Duration.between(clock.instant(), at));
    }

    @Test
    void requestsInTheWindowAreAllottedByARecordedDrawThatAnyoneCanRerun() {
        var testOffices = new TestOffices(jdbc, offices, calendars);
        var office = testOffices.passportOffice(4);
        var day = testOffices.openDay(40); // beyond the horizon today: it opens later, in the test's time
        var start = testOffices.at(day, 9, 0);
        var opens = releases.opensAt(day);

        moveTo(opens.minus(Duration.ofMinutes(1)));
        var early = booking.book(new BookingRequest(TestOffices.person("1800000000"), null, "passport-issue", office.id(), start, null, null));
        assertThat(((BookingOutcome.Refused) early).reason()).isEqualTo(Refusal.NOT_OPEN_YET);

        moveTo(opens.plus(Duration.ofMinutes(1)));
        var people = new ArrayList<String>();
        for (int i = 0; i < 30; i++) {
            var person = "18%08d".formatted(i + 1);
            people.add(person);
            var outcome = booking.book(new BookingRequest(TestOffices.person(person), null, "passport-issue", office.id(), start, null, null));
            assertThat(outcome).isInstanceOf(BookingOutcome.EnteredDraw.class);
        }
        var again = booking.book(new BookingRequest(TestOffices.person("1800000001"), null, "passport-issue", office.id(), start, null, null));
        assertThat(((BookingOutcome.Refused) again).reason()).isEqualTo(Refusal.ALREADY_IN_DRAW);
        assertThat(slots.at(office, start).orElseThrow().booked()).as("nobody is seated while the window is open").isZero();
        assertThat(draws.draw(office.id(), day)).as("no draw before the window closes").isFalse();

        moveTo(opens.plus(Duration.ofMinutes(11)));
        assertThat(draws.draw(office.id(), day)).isTrue();
        assertThat(draws.draw(office.id(), day)).as("a day is drawn once, whichever node asks").isFalse();

        assertThat(slots.at(office, start).orElseThrow().booked()).isEqualTo(4);
        var seated = jdbc.sql("SELECT person FROM appointments WHERE office_id = :o AND status = 'BOOKED'")
                .param("o", office.id()).query(String.class).list();
        assertThat(seated).hasSize(4);
        assertThat(people).containsAll(seated);
        assertThat(seated).as("not simply the first four to arrive").isNotEqualTo(people.subList(0, 4));
        var seed = jdbc.sql("SELECT seed FROM appointment_releases WHERE office_id = :o").param("o", office.id())
                .query(String.class).single();
        assertThat(seed).hasSize(64);
        assertThat(draws.verify(office.id(), day)).isTrue();

        // after the window: first come first served on what is left
        var later = booking.book(new BookingRequest(TestOffices.person("1899999999"), null, "passport-issue", office.id(),
                testOffices.at(day, 9, 15), null, null));
        assertThat(later).isInstanceOf(BookingOutcome.Booked.class);

        // a tampered allotment no longer matches its seed
        jdbc.sql("UPDATE appointment_draw_entries SET allotted = NOT allotted WHERE office_id = :o AND person = :p")
                .param("o", office.id()).param("p", people.getFirst()).update();
        assertThat(draws.verify(office.id(), day)).isFalse();
    }

}
