///usr/bin/env java "$0" "$@"; exit $?
// Appointment bookings through Nafitha's booking use case (BookingAppointments.book: catalogue,
// office, calendar and release checks, then in one transaction the appointment row with its
// unique active key, the conditional seat update booked < capacity, an audit entry and the
// AppointmentBooked event), in-process on PostgreSQL. Run by `bench/run booking`.
//
//   java -cp <classpath> bench/Booking.java <jdbc-url> <user> <seconds> <workers> <rush> <seats> <work-dir>
//
// 1. The rush: <rush> people (10,000) start at the same instant on virtual threads for <seats>
//    (100) one-seat slots; exactly <seats> must be booked, the rest refused FULL, 0 errors.
// 2. Throughput: <workers> threads book for <seconds> seconds for new people across thousands of
//    slots (plenty of seats), so what is measured is the booking, not a queue on one row.
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.nio.file.Path;

import org.nafitha.NafithaApplication;
import org.nafitha.appointments.internal.BookingAppointments;
import org.nafitha.appointments.internal.BookingOutcome;
import org.nafitha.appointments.internal.BookingRequest;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

public class Booking {

    public static void main(String[] args) throws Exception {
        var url = args[0];
        var user = args[1];
        int seconds = Integer.parseInt(args[2]);
        int workers = Integer.parseInt(args[3]);
        int rush = Integer.parseInt(args[4]);
        int seats = Integer.parseInt(args[5]);
        var work = Path.of(args[6]);
        var properties = new HashMap<String, Object>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", user);
        properties.put("server.port", "0");
        properties.put("spring.datasource.hikari.maximum-pool-size", String.valueOf(Math.max(10, workers)));
        // the rush queues 10,000 callers on the pool; on a shared 2-core machine the default 30 s wait can run out
        properties.put("spring.datasource.hikari.connection-timeout", "120000");
        properties.put("nafitha.transparency.key-file", work.resolve("keys/transparency.key").toString());
        properties.put("nafitha.identity.key-dir", work.resolve("keys").toString());
        properties.put("nafitha.documents.store-dir", work.resolve("documents").toString());
        properties.put("nafitha.appointments.jobs", "false");
        properties.put("logging.level.root", "WARN");
        var context = new SpringApplicationBuilder(NafithaApplication.class)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        try {
            var booking = context.getBean(BookingAppointments.class);
            var jdbc = context.getBean(JdbcTemplate.class);
            var zone = ZoneId.of(context.getEnvironment().getProperty("nafitha.country.zone", "Asia/Riyadh"));
            var day = LocalDate.now(zone).plusDays(2);

            // 1. the rush: one seat per slot, `seats` five-minute slots from 08:00
            office(jdbc, "bench-rush", 1, 5, "08:00", "%02d:%02d".formatted(8 + seats * 5 / 60, seats * 5 % 60));
            var booked = new AtomicInteger();
            var refusals = new ConcurrentHashMap<String, AtomicInteger>();
            var errors = new ConcurrentHashMap<String, AtomicInteger>();
            var start = new CountDownLatch(1);
            long rushStarted;
            try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < rush; i++) {
                    int n = i;
                    executor.submit(() -> {
                        start.await();
                        var slot = day.atTime(8, 0).plusMinutes(5L * (n % seats)).atZone(zone).toInstant();
                        try {
                            var outcome = booking.book(new BookingRequest(person("3%09d".formatted(n)), null,
                                    "passport-issue", "bench-rush", slot, null, null));
                            if (outcome instanceof BookingOutcome.Booked) booked.incrementAndGet();
                            else refusals.computeIfAbsent(outcome instanceof BookingOutcome.Refused r ? r.reason().name()
                                    : outcome.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
                        } catch (RuntimeException e) {
                            errors.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
                        }
                        return null;
                    });
                }
                rushStarted = System.nanoTime();
                start.countDown();
            }
            double rushSeconds = (System.nanoTime() - rushStarted) / 1e9;
            var inDatabase = jdbc.queryForObject("SELECT COUNT(*) FROM appointments WHERE office_id = 'bench-rush' AND status = 'BOOKED'", Long.class);
            var seatsTaken = jdbc.queryForObject("SELECT COALESCE(SUM(booked), 0) FROM appointment_slots WHERE office_id = 'bench-rush'", Long.class);
            var overbooked = jdbc.queryForObject("SELECT COUNT(*) FROM appointment_slots WHERE office_id = 'bench-rush' AND booked > capacity", Long.class);
            System.out.printf("rush: %d attempts on %d seats in %.1f s: %d booked (%d rows, %d seats taken, %d slots over capacity), refused %s, errors %s%n",
                    rush, seats, rushSeconds, booked.get(), inDatabase, seatsTaken, overbooked, refusals, errors);

            // 2. throughput with plenty of seats: 288 five-minute slots a day, 10 counters, 14 days
            office(jdbc, "bench-plenty", 10, 5, "00:00", "23:59");
            var counter = new AtomicLong(0);
            var ok = new AtomicLong();
            var refused = new ConcurrentHashMap<String, AtomicLong>();
            var failed = new AtomicLong();
            Runnable one = () -> {
                long n = counter.incrementAndGet();
                var random = ThreadLocalRandom.current();
                var slot = LocalDate.now(zone).plusDays(2 + random.nextInt(14)).atTime(0, 0)
                        .plusMinutes(5L * random.nextInt(287)).atZone(zone).toInstant();
                try {
                    var outcome = booking.book(new BookingRequest(person("4%09d".formatted(n)), null, "passport-issue",
                            "bench-plenty", slot, null, null));
                    if (outcome instanceof BookingOutcome.Booked) ok.incrementAndGet();
                    else refused.computeIfAbsent(outcome instanceof BookingOutcome.Refused r ? r.reason().name() : "draw",
                            k -> new AtomicLong()).incrementAndGet();
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                    System.err.println("booking failed: " + e);
                }
            };
            run(workers, 2, one);
            ok.set(0);
            long began = System.nanoTime();
            run(workers, seconds, one);
            double rate = ok.get() / ((System.nanoTime() - began) / 1e9);
            System.out.printf("plenty: refused %s, errors %d%n", refused, failed.get());
            System.out.printf("nafitha: %.1f bookings/s (%d workers, PostgreSQL)%n", rate, workers);
        } finally {
            context.close();
        }
    }

    static Actor person(String nationalId) {
        return new Actor(nationalId, nationalId, "مراجع", Set.of(Role.APPLICANT), null);
    }

    static void office(JdbcTemplate jdbc, String id, int counters, int slotMinutes, String opens, String closes) {
        jdbc.update("""
                INSERT INTO appointment_offices VALUES (?, 'PASSPORT_OFFICE', 'passports', 'مكتب القياس', 'Bench office',
                'الرياض', 'Riyadh', 'https://www.openstreetmap.org/', ?, ?, ?)""", id, counters, slotMinutes, "token-" + id);
        for (int d = 1; d <= 7; d++) jdbc.update("INSERT INTO appointment_office_hours VALUES (?, ?, ?, ?)", id, d, opens, closes);
    }

    static void run(int threads, int seconds, Runnable op) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try (var executor = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                executor.submit(() -> {
                    while (System.nanoTime() < end) op.run();
                });
            }
        }
    }
}
