package org.nafitha.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.nafitha.TestClock;
import org.nafitha.appointments.internal.BookingAppointments;
import org.nafitha.appointments.internal.BookingOutcome;
import org.nafitha.appointments.internal.BookingRequest;
import org.nafitha.appointments.internal.ChangingAppointments;
import org.nafitha.appointments.internal.Office;
import org.nafitha.appointments.internal.OfficeCapacity;
import org.nafitha.appointments.internal.Offices;
import org.nafitha.appointments.internal.Refusal;
import org.nafitha.appointments.internal.Slots;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.transparency.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Booking, moving and cancelling against the database, including the rush for the last seats. */
@NafithaTest
class BookingAnAppointmentTest {

    @Autowired BookingAppointments booking;
    @Autowired ChangingAppointments changing;
    @Autowired OfficeCapacity capacity;
    @Autowired Offices offices;
    @Autowired Slots slots;
    @Autowired Calendars calendars;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail audit;
    @Autowired TestClock clock;

    TestOffices testOffices;
    Office office;
    LocalDate day;

    @BeforeEach
    void office() {
        testOffices = new TestOffices(jdbc, offices, calendars);
        office = testOffices.passportOffice(3);
        day = testOffices.openDay(5);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private BookingOutcome book(Actor actor, Instant start) {
        return booking.book(new BookingRequest(actor, null, "passport-issue", office.id(), start, null, null));
    }

    private static Refusal refusal(BookingOutcome outcome) {
        assertThat(outcome).isInstanceOf(BookingOutcome.Refused.class);
        return ((BookingOutcome.Refused) outcome).reason();
    }

    @Test
    void aPersonBooksASeatAndTheSlotCountsIt() {
        var outcome = book(TestOffices.person("1500000001"), testOffices.at(day, 9, 0));

        assertThat(outcome).isInstanceOf(BookingOutcome.Booked.class);
        var a = ((BookingOutcome.Booked) outcome).appointment();
        assertThat(a.code()).hasSize(8);
        assertThat(a.minutes()).isEqualTo(15);
        assertThat(slots.at(office, testOffices.at(day, 9, 0)).orElseThrow().booked()).isEqualTo(1);
        assertThat(audit.search(new AuditTrail.Search("1500000001", null, null, "appointment.book", null, null), 5)).hasSize(1);
    }

    @Test
    void bookingInThePastIsRefused() {
        var yesterday = LocalDate.now(calendars.zone()).minusDays(1);
        assertThat(refusal(book(TestOffices.person("1500000002"), testOffices.at(yesterday, 10, 0)))).isEqualTo(Refusal.PAST);
    }

    @Test
    void bookingOnAPublicHolidayIsRefused() {
        // Founding Day (22 February) in the Saudi profile, whatever year comes next
        var today = LocalDate.now(calendars.zone());
        var foundingDay = LocalDate.of(today.getYear(), 2, 22);
        if (!foundingDay.isAfter(today)) foundingDay = foundingDay.plusYears(1);
        assertThat(refusal(book(TestOffices.person("1500000003"), testOffices.at(foundingDay, 10, 0))))
                .isEqualTo(Refusal.HOLIDAY);
    }

    @Test
    void bookingOutsideOpeningHoursOrBetweenSlotsIsRefused() {
        var demo = offices.find("riyadh-passports-olaya").orElseThrow(); // 07:30-14:30, Sunday to Thursday
        var workday = day;
        while (!demo.hours().containsKey(workday.getDayOfWeek())) workday = workday.plusDays(1);
        var evening = booking.book(new BookingRequest(TestOffices.person("1500000004"), null, "passport-issue", demo.id(),
                testOffices.at(workday, 18, 0), null, null));
        assertThat(refusal(evening)).isEqualTo(Refusal.CLOSED);
        assertThat(refusal(book(TestOffices.person("1500000004"), testOffices.at(day, 9, 7)))).isEqualTo(Refusal.CLOSED);
        var friday = workday;
        while (demo.hours().containsKey(friday.getDayOfWeek())) friday = friday.plusDays(1);
        var closedDay = booking.book(new BookingRequest(TestOffices.person("1500000004"), null, "passport-issue", demo.id(),
                testOffices.at(friday, 9, 0), null, null));
        assertThat(refusal(closedDay)).isEqualTo(Refusal.CLOSED);
    }

    @Test
    void aFullSlotIsRefusedAndStaysAtItsCapacity() {
        var start = testOffices.at(day, 10, 0);
        for (int i = 0; i < 3; i++) assertThat(book(TestOffices.person("151000000" + i), start)).isInstanceOf(BookingOutcome.Booked.class);

        assertThat(refusal(book(TestOffices.person("1510000009"), start))).isEqualTo(Refusal.FULL);
        assertThat(slots.at(office, start).orElseThrow().booked()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM appointments WHERE person = '1510000009'").query(Long.class).single()).isZero();
    }

    @Test
    void aSecondActiveAppointmentForTheSameServiceIsRefusedButAnotherServiceIsFine() {
        var person = TestOffices.person("1500000005");
        assertThat(book(person, testOffices.at(day, 11, 0))).isInstanceOf(BookingOutcome.Booked.class);

        assertThat(refusal(book(person, testOffices.at(day, 12, 0)))).isEqualTo(Refusal.ALREADY_BOOKED);
        assertThat(slots.at(office, testOffices.at(day, 12, 0)).orElseThrow().booked()).isZero();
        var lost = booking.book(new BookingRequest(person, null, "passport-lost", office.id(), testOffices.at(day, 12, 0), null, null));
        assertThat(lost).isInstanceOf(BookingOutcome.Booked.class);
    }

    @Test
    void bookingForAnotherPersonNeedsAMandate() {
        var noura = new Actor("1000000016", "1000000016", "نورة القحطاني", Set.of(Role.APPLICANT), null);
        var forAhmed = booking.book(new BookingRequest(noura, "1000000008", "passport-issue", office.id(),
                testOffices.at(day, 13, 0), null, null));
        assertThat(refusal(forAhmed)).isEqualTo(Refusal.NO_MANDATE);
    }

    @Test
    void bookingChangingOrCancellingAfterTheCutOffIsRefused() {
        // the morning of an open day: run near midnight, "45 minutes from now" would fall after closing
        clock.advance(Duration.between(clock.instant(), testOffices.at(day, 9, 0)));
        var now = clock.instant();
        var soon = nextQuarter(now.plus(Duration.ofMinutes(45)));
        assertThat(refusal(book(TestOffices.person("1500000006"), soon))).isEqualTo(Refusal.CUT_OFF);

        var later = nextQuarter(now.plus(Duration.ofHours(3)));
        var booked = (BookingOutcome.Booked) book(TestOffices.person("1500000007"), later);
        clock.advance(Duration.ofHours(2));
        var person = TestOffices.person("1500000007");
        assertThat(changing.cancel(person, booked.appointment().code())).contains(Refusal.CUT_OFF);
        assertThat(changing.reschedule(person, booked.appointment().code(), testOffices.at(day, 15, 0))).contains(Refusal.CUT_OFF);
    }

    @Test
    void movingTakesTheNewSeatAndGivesBackTheOldOneAndCancellingFreesIt() {
        var person = TestOffices.person("1500000008");
        var booked = (BookingOutcome.Booked) book(person, testOffices.at(day, 14, 0));
        var code = booked.appointment().code();

        assertThat(changing.reschedule(person, code, testOffices.at(day, 14, 30))).isEmpty();
        assertThat(slots.at(office, testOffices.at(day, 14, 0)).orElseThrow().booked()).isZero();
        assertThat(slots.at(office, testOffices.at(day, 14, 30)).orElseThrow().booked()).isEqualTo(1);

        assertThat(changing.cancel(person, code)).isEmpty();
        assertThat(slots.at(office, testOffices.at(day, 14, 30)).orElseThrow().booked()).isZero();
        assertThat(changing.cancel(person, code)).contains(Refusal.NOT_ACTIVE);
        assertThat(book(person, testOffices.at(day, 16, 0))).isInstanceOf(BookingOutcome.Booked.class);
        assertThat(changing.cancel(TestOffices.person("1500000099"), code)).contains(Refusal.NOT_FOUND);
    }

    @Test
    void theOfficeHeadChangesTheCapacityAndTheChangeIsAudited() {
        var head = new Actor("head1", null, "عبد العزيز المطيري", Set.of(Role.HEAD), "passports");
        var trafficHead = new Actor("traffic-head", null, "بندر الشمري", Set.of(Role.HEAD), "traffic");
        slots.forDay(office, day);

        assertThat(capacity.setCounters(trafficHead, office.id(), 9)).contains(Refusal.NOT_FOUND);
        assertThat(capacity.setCounters(head, office.id(), 5)).isEmpty();

        assertThat(slots.at(office, testOffices.at(day, 17, 0)).orElseThrow().capacity()).isEqualTo(5);
        assertThat(audit.search(new AuditTrail.Search(null, null, "head1", "appointment.capacity", null, null), 5))
                .anySatisfy(e -> assertThat(e.reason()).contains(office.id(), "3 -> 5"));
    }

    @Test
    void twoThousandSimultaneousAttemptsOnTwentyRemainingSeatsMakeExactlyTwentyBookings() throws Exception {
        var crowded = testOffices.passportOffice(25);
        var start = testOffices.at(day, 8, 0);
        for (int i = 0; i < 5; i++) {
            booking.book(new BookingRequest(TestOffices.person("152000000" + i), null, "passport-issue", crowded.id(), start, null, null));
        }
        int attempts = 2_000;
        var ready = new CountDownLatch(1);
        var booked = new AtomicInteger();
        var refusals = new ConcurrentHashMap<Refusal, AtomicInteger>();
        var errors = new ConcurrentHashMap<String, AtomicInteger>();
        try (var pool = Executors.newFixedThreadPool(64)) {
            var futures = new ArrayList<Future<?>>();
            for (int i = 0; i < attempts; i++) {
                var person = TestOffices.person("16%08d".formatted(i));
                futures.add(pool.submit(() -> {
                    ready.await();
                    try {
                        var outcome = booking.book(new BookingRequest(person, null, "passport-issue", crowded.id(), start, null, null));
                        if (outcome instanceof BookingOutcome.Booked) booked.incrementAndGet();
                        else if (outcome instanceof BookingOutcome.Refused r) refusals.computeIfAbsent(r.reason(), k -> new AtomicInteger()).incrementAndGet();
                    } catch (RuntimeException e) {
                        errors.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
                    }
                    return null;
                }));
            }
            ready.countDown();
            for (var f : futures) f.get();
        }

        assertThat(errors).isEmpty();
        assertThat(booked.get()).isEqualTo(20);
        assertThat(refusals).containsOnlyKeys(Refusal.FULL);
        assertThat(refusals.get(Refusal.FULL).get()).isEqualTo(attempts - 20);
        assertThat(slots.at(crowded, start).orElseThrow().booked()).isEqualTo(25);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM appointments WHERE office_id = :o AND status = 'BOOKED'")
                .param("o", crowded.id()).query(Long.class).single()).isEqualTo(25);
    }

    private Instant nextQuarter(Instant at) {
        var local = at.atZone(calendars.zone()).withSecond(0).withNano(0);
        var minute = local.getMinute();
        return local.plusMinutes((15 - minute % 15) % 15).toInstant();
    }

}
