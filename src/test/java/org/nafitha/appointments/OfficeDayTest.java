package org.nafitha.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.nafitha.TestClock;
import org.nafitha.appointments.internal.Appointment;
import org.nafitha.appointments.internal.Appointments;
import org.nafitha.appointments.internal.BookingAppointments;
import org.nafitha.appointments.internal.BookingOutcome;
import org.nafitha.appointments.internal.BookingRequest;
import org.nafitha.appointments.internal.CheckingIn;
import org.nafitha.appointments.internal.OfficeQueue;
import org.nafitha.appointments.internal.QueueBoard;
import org.nafitha.appointments.internal.Offices;
import org.nafitha.appointments.internal.Refusal;
import org.nafitha.appointments.internal.Reminders;
import org.nafitha.country.ArabicDigits;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The day before and the day itself: one reminder, check-in tickets, two counters, no-shows. */
@NafithaTest
class OfficeDayTest {

    @Autowired BookingAppointments booking;
    @Autowired Reminders reminders;
    @Autowired OfficeQueue queue;
    @Autowired CheckingIn checkingIn;
    @Autowired QueueBoard board;
    @Autowired Appointments appointments;
    @Autowired Offices offices;
    @Autowired Calendars calendars;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    private final Actor reception = new Actor("reception1", null, "منى السبيعي", Set.of(Role.RECEPTION), null);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theDayBeforeEachAppointmentGetsOneReminderInTheInbox() {
        var testOffices = new TestOffices(jdbc, offices, calendars);
        var office = testOffices.passportOffice(2);
        var start = testOffices.at(testOffices.openDay(4), 10, 0);
        var booked = (BookingOutcome.Booked) booking.book(new BookingRequest(TestOffices.person("1900000001"), null,
                "passport-issue", office.id(), start, null, null));

        clock.advance(Duration.between(clock.instant(), start.minus(Duration.ofHours(23))));
        assertThat(reminders.remindDue()).isGreaterThanOrEqualTo(1);
        assertThat(reminders.remindDue()).as("a second run, or another node, sends nothing more").isZero();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                        SELECT COUNT(*) FROM inbox_messages WHERE recipient = '1900000001'
                        AND message_key = 'appointments.inbox.reminder' AND case_reference = :c""")
                .param("c", booked.appointment().code()).query(Long.class).single() == 1);
    }

    @Test
    void receptionHandsOutTicketsInOrderAndTwoCountersNeverCallTheSameOne() throws Exception {
        var testOffices = new TestOffices(jdbc, offices, calendars);
        var office = testOffices.passportOffice(5);
        var start = testOffices.at(testOffices.openDay(3), 9, 0);
        var people = new String[]{"1910000001", "1910000002", "1910000003", "1910000004"};
        for (var p : people) {
            booking.book(new BookingRequest(TestOffices.person(p), null, "passport-issue", office.id(), start, null, null));
        }
        clock.advance(Duration.between(clock.instant(), start.minus(Duration.ofMinutes(20))));

        var first = checkingIn.checkIn(reception, office.id(), ArabicDigits.toArabicIndic(people[0]));
        assertThat(first).isInstanceOfSatisfying(CheckingIn.CheckIn.Done.class, d -> assertThat(d.ticket()).isEqualTo(1));
        var code = appointments.of(people[1]).getFirst().code().toLowerCase(Locale.ROOT);
        assertThat(checkingIn.checkIn(reception, office.id(), code))
                .isInstanceOfSatisfying(CheckingIn.CheckIn.Done.class, d -> assertThat(d.ticket()).isEqualTo(2));
        assertThat(checkingIn.checkIn(reception, office.id(), code))
                .isInstanceOfSatisfying(CheckingIn.CheckIn.Refused.class, r -> assertThat(r.reason()).isEqualTo(Refusal.ALREADY_CHECKED_IN));
        assertThat(checkingIn.checkIn(reception, "riyadh-passports-olaya", people[2]))
                .isInstanceOfSatisfying(CheckingIn.CheckIn.Refused.class, r -> assertThat(r.reason()).isEqualTo(Refusal.NOT_FOUND));
        checkingIn.checkIn(reception, office.id(), people[2]);

        Callable<Appointment> counter1 = () -> queue.callNext(reception, office.id(), 1).orElse(null);
        Callable<Appointment> counter2 = () -> queue.callNext(reception, office.id(), 2).orElse(null);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var a = pool.submit(counter1);
            var b = pool.submit(counter2);
            var called = new HashSet<Integer>();
            called.add(a.get().ticket());
            called.add(b.get().ticket());
            assertThat(called).containsExactlyInAnyOrder(1, 2);
        }
        var third = queue.callNext(reception, office.id(), 1).orElseThrow();
        assertThat(third.ticket()).isEqualTo(3);
        assertThat(queue.callNext(reception, office.id(), 2)).isEmpty();
        assertThat(queue.finish(reception, third.id(), false)).isTrue();
        assertThat(appointments.byId(third.id()).orElseThrow().status()).isEqualTo(Appointment.Status.NO_SHOW);
        assertThat(board.averageWait(office.id())).isNotNull();

        clock.advance(Duration.ofHours(2));
        assertThat(reminders.markNoShows()).isGreaterThanOrEqualTo(1);
        assertThat(appointments.of(people[3]).getFirst().status()).isEqualTo(Appointment.Status.NO_SHOW);
    }
}
