///usr/bin/env java "$0" "$@"; exit $?
// Payments confirmed per second: the gateway's signed notifications posted to the running app
// (POST /api/v1/payments/gateway/notifications: HMAC check, the notification recorded once, the
// charge moved PENDING → PAID on its version, its dues marked paid, the ChargePaid event in the
// outbox, an audit entry), the way an acquirer sends them after a busy hour. Run by `bench/run payments`.
//
//   java -cp <classpath> bench/Payments.java <base-url> <notification-key> <jdbc-url> <user> <seconds> <workers> <charges>
//
// 1. <charges> pending charges, each collecting one fee due of a case (BNC-2099-…, a case no one holds,
//    so releasing its hold is a lookup that finds nothing), are written straight into the run's
//    database (the card pages that create them are not what is measured here).
// 2. A 3 s warm-up, then <workers> clients post one SUCCEEDED notification per charge for <seconds> s.
// 3. Every notification of the measured window is sent again (the gateway retries) and another
//    notification ID is sent for each of the first thousand: all must answer 204 and change nothing.
// 4. The database must hold exactly one PAID move per confirmed charge and every due paid.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import org.nafitha.cases.CaseReference;
import org.nafitha.payments.internal.NotificationSignature;

public class Payments {

    static final long AMOUNT = 30_000; // 300.00 in a two-decimal currency

    record Charge(UUID id, String currency) {
    }

    public static void main(String[] args) throws Exception {
        var base = args[0];
        var key = args[1];
        var url = args[2];
        var user = args[3];
        int seconds = Integer.parseInt(args[4]);
        int workers = Integer.parseInt(args[5]);
        int count = Integer.parseInt(args[6]);

        var charges = preload(url, user, count);
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var endpoint = URI.create(base + "/api/v1/payments/gateway/notifications");
        var next = new AtomicInteger();

        var warmup = run("warm-up", http, endpoint, key, workers, 3, charges.size() / 4, i -> charges.get(i), "w-", next);
        int warm = next.get();
        var measured = run("ours", http, endpoint, key, workers, seconds, charges.size(), i -> charges.get(i), "n-", next);
        int end = Math.min(next.get(), charges.size());
        if (end >= charges.size()) System.out.println("note: every preloaded charge was confirmed before the window ended; raise BENCH_PAYMENT_CHARGES");

        // The gateway retries: the same notification again, and a second notification for a paid charge.
        var again = new AtomicInteger(warm);
        var replayed = run("replayed", http, endpoint, key, workers, 600, end, i -> charges.get(i), "n-", again);
        var other = new AtomicInteger(warm);
        var seconded = run("second notification", http, endpoint, key, workers, 600, Math.min(end, warm + 1000),
                i -> charges.get(i), "x-", other);

        try (var db = DriverManager.getConnection(url, user, "")) {
            long paid = scalar(db, "SELECT count(*) FROM payment_charges WHERE status = 'PAID' AND idempotency_key LIKE 'bench-%'");
            long moves = scalar(db, "SELECT count(*) FROM payment_charge_history h JOIN payment_charges c ON c.id = h.charge_id"
                    + " WHERE c.idempotency_key LIKE 'bench-%' AND h.to_status = 'PAID'");
            long duesPaid = scalar(db, "SELECT count(*) FROM payment_dues WHERE reference LIKE 'BNC-2099-%' AND status = 'PAID'");
            long incomplete = 0;
            for (int waited = 0; waited < 120; waited++) {
                incomplete = scalar(db, "SELECT count(*) FROM event_publication WHERE completion_date IS NULL");
                if (incomplete == 0) break;
                Thread.sleep(500);
            }
            long recorded = scalar(db, "SELECT count(*) FROM payment_gateway_notifications WHERE notification_id LIKE 'n-%' OR notification_id LIKE 'w-%'");
            long accepted = measured.ok() + warmup.ok();
            var verdict = new ArrayList<String>();
            if (paid != accepted) verdict.add(paid + " charges PAID for " + accepted + " accepted notifications");
            if (moves != paid) verdict.add(moves + " moves to PAID for " + paid + " paid charges");
            if (duesPaid != paid) verdict.add(duesPaid + " dues paid for " + paid + " paid charges");
            if (recorded != accepted) verdict.add(recorded + " notifications recorded for " + accepted + " accepted");
            if (incomplete > 0) verdict.add(incomplete + " ChargePaid events still unprocessed a minute later");
            if (replayed.ok() != replayed.sent() || seconded.ok() != seconded.sent()) {
                verdict.add("retries answered " + replayed.errors() + " " + seconded.errors());
            }
            System.out.printf("check: %d charges paid, %d moves to PAID, %d dues paid, %d notifications recorded, every ChargePaid event handled, %d of %d retries"
                            + " and %d of %d second notifications answered 204 without a change%s%n",
                    paid, moves, duesPaid, recorded, replayed.ok(), replayed.sent(), seconded.ok(), seconded.sent(),
                    verdict.isEmpty() ? "" : " — WRONG: " + String.join("; ", verdict));
            if (measured.ok() == 0) throw new IllegalStateException("nothing was confirmed: " + measured.errors());
            System.out.printf("payments: %.0f confirmed/s, p50 %.1f ms, p99 %.1f ms, %d errors%s%n",
                    measured.ok() / measured.seconds(), measured.percentile(50), measured.percentile(99),
                    measured.sent() - measured.ok(), verdict.isEmpty() ? "" : ", WRONG");
            if (!verdict.isEmpty()) System.exit(1);
        }
    }

    record Window(long sent, long ok, double seconds, long[] micros, Map<Integer, Long> statuses) {
        double percentile(int p) {
            if (micros.length == 0) return 0;
            var sorted = micros.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1000.0;
        }

        String errors() {
            return statuses.toString();
        }
    }

    /** Workers take charge indexes from {@code next} until {@code limit} or the time is up. */
    static Window run(String name, HttpClient http, URI endpoint, String key, int workers, int seconds, int limit,
                      IntFunction<Charge> charge, String prefix, AtomicInteger next) throws InterruptedException {
        var sent = new AtomicLong();
        var ok = new AtomicLong();
        var statuses = new ConcurrentHashMap<Integer, Long>();
        var latencies = new ConcurrentHashMap<Integer, long[]>();
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        int first = next.get();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < workers; w++) {
                int worker = w;
                pool.submit(() -> {
                    var mine = new long[1 << 16];
                    int n = 0;
                    int i;
                    while (System.nanoTime() < deadline && (i = next.getAndIncrement()) < limit) {
                        var c = charge.apply(i);
                        var body = ("{\"notificationId\":\"" + prefix + c.id() + "\",\"merchantReference\":\"" + c.id()
                                + "\",\"status\":\"SUCCEEDED\",\"amountMinor\":" + AMOUNT + ",\"currency\":\"" + c.currency() + "\"}")
                                .getBytes(StandardCharsets.UTF_8);
                        var timestamp = String.valueOf(Instant.now().getEpochSecond());
                        var request = HttpRequest.newBuilder(endpoint)
                                .header("Content-Type", "application/json")
                                .header(NotificationSignature.TIMESTAMP, timestamp)
                                .header(NotificationSignature.SIGNATURE, NotificationSignature.sign(key, timestamp, body))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (Exception e) {
                            status = -1;
                        }
                        if (n < mine.length) mine[n++] = (System.nanoTime() - t0) / 1000;
                        sent.incrementAndGet();
                        if (status == 204) ok.incrementAndGet();
                        else statuses.merge(status, 1L, Long::sum);
                    }
                    latencies.put(worker, Arrays.copyOf(mine, n));
                    return null;
                });
            }
        }
        double took = (System.nanoTime() - start) / 1e9;
        if (next.get() > limit) next.set(limit);
        var all = latencies.values().stream().flatMapToLong(Arrays::stream).toArray();
        var window = new Window(sent.get(), ok.get(), took, all, Map.copyOf(statuses));
        System.out.printf("%s: %d notifications for charges %d..%d in %.1f s, %d answered 204%s%n", name, sent.get(), first,
                Math.min(next.get(), limit) - 1, took, ok.get(), statuses.isEmpty() ? "" : ", others " + statuses);
        return window;
    }

    /** Pending charges, each collecting one open fee due with one line, as the card page leaves them. */
    static List<Charge> preload(String url, String user, int count) throws Exception {
        var currency = "SAR";
        var charges = new ArrayList<Charge>(count);
        long t0 = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, user, "")) {
            db.setAutoCommit(false);
            var now = Timestamp.from(Instant.now());
            var expires = Timestamp.from(Instant.now().plus(1, ChronoUnit.DAYS));
            try (var charge = db.prepareStatement("""
                         INSERT INTO payment_charges (id, payer, created_by, idempotency_key, request_hash, method, amount_minor,
                                                      currency, status, expires_at, created_at, updated_at)
                         VALUES (?, ?, ?, ?, ?, 'CARD', ?, ?, 'PENDING', ?, ?, ?)""");
                 var due = db.prepareStatement("""
                         INSERT INTO payment_dues (id, kind, reference, payer, amount_minor, currency, status, charge_id, created_at)
                         VALUES (?, 'FEE', ?, ?, ?, ?, 'OPEN', ?, ?)""");
                 var line = db.prepareStatement("""
                         INSERT INTO payment_due_lines (due_id, position, code, label_ar, label_en, amount_minor)
                         VALUES (?, 0, 'base', 'رسوم خدمة تجديد جواز السفر', 'Passport renewal fee', ?)""");
                 var link = db.prepareStatement("INSERT INTO payment_charge_dues (charge_id, due_id) VALUES (?, ?)")) {
                for (int i = 0; i < count; i++) {
                    var id = UUID.randomUUID();
                    var dueId = UUID.randomUUID();
                    var payer = String.valueOf(3_000_000_000L + i);
                    charge.setObject(1, id);
                    charge.setString(2, payer);
                    charge.setString(3, payer);
                    charge.setString(4, "bench-" + i);
                    charge.setString(5, "0".repeat(64));
                    charge.setLong(6, AMOUNT);
                    charge.setString(7, currency);
                    charge.setTimestamp(8, expires);
                    charge.setTimestamp(9, now);
                    charge.setTimestamp(10, now);
                    charge.addBatch();
                    due.setObject(1, dueId);
                    due.setString(2, CaseReference.of("BNC", 2099, i).value());
                    due.setString(3, payer);
                    due.setLong(4, AMOUNT);
                    due.setString(5, currency);
                    due.setObject(6, id);
                    due.setTimestamp(7, now);
                    due.addBatch();
                    line.setObject(1, dueId);
                    line.setLong(2, AMOUNT);
                    line.addBatch();
                    link.setObject(1, id);
                    link.setObject(2, dueId);
                    link.addBatch();
                    charges.add(new Charge(id, currency));
                    if (i % 5000 == 4999 || i == count - 1) {
                        charge.executeBatch();
                        due.executeBatch();
                        line.executeBatch();
                        link.executeBatch();
                        db.commit();
                    }
                }
            }
            try (var s = db.createStatement()) {
                s.execute("ANALYZE payment_charges");
                s.execute("ANALYZE payment_dues");
            }
            db.commit();
        }
        System.out.printf("preload: %d pending charges with their dues in %.1f s%n", count, (System.nanoTime() - t0) / 1e9);
        return charges;
    }

    static long scalar(Connection db, String sql) throws Exception {
        try (var s = db.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
