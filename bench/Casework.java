///usr/bin/env java "$0" "$@"; exit $?
// Case transitions per second through Nafitha's case engine (DecidingCases.take: the case read
// with its access check, the workflow's transition table and four eyes, a conditional update on
// the version, a timeline step, an audit entry and the event publication, in one transaction),
// on PostgreSQL. Each case is approved by the officer holding it and confirmed by the reviewer the fair draw
// assigns next (with the state clock, the recorded draw and the audit entries): two transitions.
// Run by `bench/run casework`, beside bench/FlowablePeer.java in the same run.
//
//   java -cp <classpath> bench/Casework.java <jdbc-url> <user> <seconds> <workers> <cases> <work-dir>

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.management.OperatingSystemMXBean;

import org.nafitha.NafithaApplication;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.DecidingCases;
import org.nafitha.cases.internal.DecisionOutcome;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

public class Casework {

    public static void main(String[] args) throws Exception {
        var url = args[0];
        var user = args[1];
        int seconds = Integer.parseInt(args[2]);
        int workers = Integer.parseInt(args[3]);
        int cases = Integer.parseInt(args[4]);
        var work = Path.of(args[5]);
        var properties = new HashMap<String, Object>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", user);
        properties.put("server.port", "0");
        properties.put("spring.datasource.hikari.maximum-pool-size", String.valueOf(Math.max(10, workers * 2)));
        properties.put("nafitha.transparency.key-file", work.resolve("keys/transparency.key").toString());
        properties.put("nafitha.identity.key-dir", work.resolve("keys").toString());
        properties.put("nafitha.documents.store-dir", work.resolve("documents").toString());
        properties.put("logging.level.root", "WARN");
        var context = new SpringApplicationBuilder(NafithaApplication.class)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        try {
            awaitOpenApiDocument(context.getEnvironment().getProperty("local.server.port"));
            var deciding = context.getBean(DecidingCases.class);
            var jdbc = context.getBean(JdbcTemplate.class);
            var queue = new ConcurrentLinkedQueue<CaseReference>();
            var rows = new ArrayList<Object[]>();
            var now = Timestamp.from(Instant.now());
            for (int i = 0; i < cases; i++) {
                var reference = CaseReference.of("PSP", 2026, 900_000 + i);
                queue.add(reference);
                rows.add(new Object[]{reference.value(), now, now});
            }
            jdbc.batchUpdate("""
                    INSERT INTO cases (reference, service_code, service_version, department, applicant, submitted_by, status,
                                       answers, version, submitted_at, updated_at, assignee)
                    VALUES (?, 'passport-renewal', 1, 'passports', '1000000008', '1000000008', 'SUBMITTED', '{}', 0, ?, ?,
                            'officer1')""", rows);
            var officer = new Actor("officer1", null, "خالد بن فهد العتيبي", Set.of(Role.OFFICER), "passports");
            var reviewer = new Actor("reviewer1", null, "فيصل بن ناصر الدوسري", Set.of(Role.REVIEWER), "passports");
            var transitions = new AtomicLong();
            var refused = new AtomicLong();
            Runnable lifecycle = () -> {
                var reference = queue.poll();
                if (reference == null) throw new IllegalStateException("out of cases: raise BENCH_CASEWORK_CASES");
                for (var step : new Object[][]{{"approve", officer}, {"confirm", reviewer}}) {
                    var outcome = deciding.take(reference, (String) step[0], null, null, (Actor) step[1]);
                    if (outcome instanceof DecisionOutcome.Taken) transitions.incrementAndGet();
                    else refused.incrementAndGet();
                }
            };
            run(workers, 2, lifecycle);
            drained(jdbc);
            transitions.set(0);
            var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            boolean statements = resetStatements(jdbc);
            long cpuBefore = os.getProcessCpuTime();
            long started = System.nanoTime();
            run(workers, seconds, lifecycle);
            double rate = transitions.get() / ((System.nanoTime() - started) / 1e9);
            long window = System.nanoTime();
            drained(jdbc);
            double cpuPerTransition = (os.getProcessCpuTime() - cpuBefore) / 1e6 / transitions.get();
            // CPU of the whole process (workers and the events' listeners, until their backlog is drained) per
            // transition: unlike the rate, it hardly moves with what else runs on the machine
            System.out.printf("cpu: %.2f ms per transition (listeners included; events drained %.1f s after the window)%n",
                    cpuPerTransition, (System.nanoTime() - window) / 1e9);
            if (statements) statements(jdbc, transitions.get());
            if (refused.get() > 0) System.out.println("refused transitions: " + refused.get());
            System.out.printf("nafitha: %.1f transitions/s (%d workers, approve + confirm with four eyes, PostgreSQL)%n", rate, workers);
        } finally {
            context.close();
        }
    }

    /** Empties pg_stat_statements' counts, when the module is loaded and the extension is in the run's database. */
    static boolean resetStatements(JdbcTemplate jdbc) {
        try {
            jdbc.queryForList("SELECT pg_stat_statements_reset()");
            return true;
        } catch (RuntimeException notAvailable) {
            return false;
        }
    }

    /** The statements run in the window and until its events were drained, per transition, and the three most frequent. */
    static void statements(JdbcTemplate jdbc, long transitions) {
        var counted = """
                FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                AND query NOT LIKE '%pg_stat_statements%' AND query NOT LIKE '%bench-drained%'""";
        var total = jdbc.queryForObject("SELECT coalesce(sum(calls), 0) " + counted, Long.class);
        var top = jdbc.queryForList("SELECT round(calls::numeric / ?, 2) || ' ' || regexp_replace(left(query, 110), '\\s+', ' ', 'g') "
                + counted + " ORDER BY calls DESC LIMIT 15", String.class, transitions);
        System.out.printf("statements: %.2f per transition (pg_stat_statements, listeners and background work included); most frequent: %s%n",
                (double) total / transitions, String.join("; ", top.subList(0, Math.min(3, top.size()))));
        // the fifteen most frequent, as bench/run's statements_end prints them, so a change in the count can be traced
        top.forEach(statement -> System.out.println("statement per transition: " + statement));
    }

    /** Waits until every event published so far has been handled by its listeners (at most two minutes). */
    static void drained(JdbcTemplate jdbc) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline
                && jdbc.queryForObject("SELECT count(*) /* bench-drained */ FROM event_publication WHERE completion_date IS NULL",
                        Long.class) > 0) {
            Thread.sleep(100);
        }
    }

    static void run(int threads, int seconds, Runnable op) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try (var executor = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                executor.submit(() -> {
                    while (System.nanoTime() < end) {
                        try {
                            op.run();
                        } catch (RuntimeException e) {
                            System.err.println("operation failed: " + e);
                            return;
                        }
                    }
                });
            }
        }
    }

    /**
     * springdoc builds the OpenAPI document (Arabic and English) in the background after start-up: about ten seconds
     * of a core that would otherwise be taken from the warm-up and the measured window. A request for the document
     * waits on that build, so once both answer the node is steady.
     */
    static void awaitOpenApiDocument(String port) throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            for (var language : new String[]{"ar", "en"}) {
                var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs"))
                        .header("Accept-Language", language).timeout(java.time.Duration.ofMinutes(2)).build();
                var status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 200) throw new IllegalStateException("/v3/api-docs answered " + status);
            }
        }
    }
}
