package org.nafitha.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Issue 30's reproduction: a fresh node started from the built jar (as a ministry runs it, not from
 * target/classes), on the embedded default, under the first minutes of a ministry's mixed work —
 * submissions with photos read by OCR, approvals that issue signed PDFs, queues, pages, sign-ins,
 * bookings, archive searches — several times over. Before the fix the node stopped answering for
 * good within seconds in most runs; the watchdog in {@link MixedLoad} then takes a thread dump
 * (kept under target/soak) and the run fails.
 *
 * <p>{@code -Dnafitha.soak.runs} (2) and {@code -Dnafitha.soak.seconds} (40) set how much;
 * {@code ops/drills/node-hang} repeats it twenty times.
 */
class NodeUnderMixedLoadIT {

    private static final Path JAR = Path.of(System.getProperty("nafitha.jar", "target/nafitha-0.1.0-SNAPSHOT.jar"));
    private static final int RUNS = Integer.getInteger("nafitha.soak.runs", 2);
    private static final int SECONDS = Integer.getInteger("nafitha.soak.seconds", 40);

    @Test
    void aFreshNodeKeepsAnsweringUnderMixedWork() throws Exception {
        assertThat(JAR).as("the built jar (mvn package)").exists();
        var lines = new ArrayList<String>();
        for (int run = 1; run <= RUNS; run++) {
            var result = oneRun(run);
            lines.add(result.line());
            assertThat(result.hangs()).as("run %d: %s %s", run, result.line(), result.notes()).isZero();
            assertThat(result.serverErrors()).as("run %d: %s %s", run, result.line(), result.notes()).isZero();
            assertThat(result.perKind()).as("run %d: documents issued, photos read", run)
                    .containsKeys("decide-confirm 200", "upload-photo 201", "archive-search 200", "page 200");
        }
        Files.write(Path.of("target", "soak", "node-under-mixed-load.txt"), lines);
    }

    private MixedLoad.Result oneRun(int run) throws Exception {
        var work = Files.createDirectories(Path.of("target", "soak", "run-" + run)).toAbsolutePath();
        deleteData(work.resolve("data"));
        int port = freePort();
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var node = new ProcessBuilder(List.of(java, "-jar", JAR.toAbsolutePath().toString(),
                "--spring.profiles.active=demo", "--server.port=" + port,
                // casework under load: cases go straight to officers, not to a payment wait
                // (paying through the gateway has its own benchmark, bench/run payments)
                "--nafitha.cases.await-payment=false", "--nafitha.cases.require-paid-fines=false"))
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("app.log").toFile()).start();
        try {
            var base = URI.create("http://127.0.0.1:" + port);
            awaitHealthy(base, node, work);
            return new MixedLoad(new MixedLoad.Settings(base, Duration.ofSeconds(SECONDS), Duration.ofSeconds(20), 4,
                    node.pid(), work, "Nafitha-demo-1")).run();
        } finally {
            node.destroy();
            if (!node.waitFor(40, TimeUnit.SECONDS)) node.destroyForcibly().waitFor();
        }
    }

    private static void awaitHealthy(URI base, Process node, Path work) throws Exception {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            assertThat(node.isAlive()).as("the node exited while starting: see %s", work.resolve("app.log")).isTrue();
            try {
                var health = http.send(HttpRequest.newBuilder(base.resolve("/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the node was not ready within 300 s: see " + work.resolve("app.log"));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteData(Path data) throws IOException {
        if (!Files.exists(data)) return;
        try (var files = Files.walk(data)) {
            for (var p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
