///usr/bin/env java "$0" "$@"; exit $?
// Sign-ins per second (password, then the SMS code read from the dev outbox) against a running
// Nafitha, side by side with the raw Argon2id hash rate of the same parameters on this machine.
// Run by `bench/run signin`; needs the application's classpath (for Spring Security's encoder).
//
//   java -cp <app classpath> bench/SignIn.java <base-url> <seconds> <threads>

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

public class SignIn {

    /** One demo account per worker, so each worker's newest SMS is its own code. */
    static final List<String> PEOPLE = List.of("1000000008", "1000000016", "2000000006", "officer1", "officer2",
            "officer3", "reviewer1", "head1", "reception1", "admin");
    static final Pattern CHALLENGE = Pattern.compile("\"challengeId\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    public static void main(String[] args) throws Exception {
        var base = args[0];
        var seconds = Integer.parseInt(args[1]);
        var threads = Integer.parseInt(args[2]);

        var argon = hashRate(seconds, threads);
        System.out.printf("limit: argon2id %.1f hashes/s (%d threads, Spring Security v5.8 parameters)%n", argon, threads);

        var http = HttpClient.newHttpClient();
        signIn(http, base, PEOPLE.getFirst()); // warm-up
        var done = new AtomicLong();
        var failed = new AtomicLong();
        var end = System.nanoTime() + seconds * 1_000_000_000L;
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                var who = PEOPLE.get(t % PEOPLE.size());
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        try {
                            if (signIn(http, base, who)) done.incrementAndGet(); else failed.incrementAndGet();
                        } catch (Exception e) {
                            failed.incrementAndGet();
                        }
                    }
                });
            }
        }
        var rate = done.get() / (double) seconds;
        System.out.printf("signin: %.1f sign-ins/s (ratio %.2f of limit argon2id %.1f hashes/s measured in the same run)%s%n",
                rate, rate / argon, argon, failed.get() == 0 ? "" : " errors " + failed.get());
    }

    /** One person's whole sign-in: password (an Argon2 verification), then the code from the outbox. */
    static boolean signIn(HttpClient http, String base, String username) throws Exception {
        var login = post(http, base + "/api/v1/auth/login",
                "{\"username\":\"" + username + "\",\"password\":\"Nafitha-demo-1\"}");
        if (login.statusCode() != 202) return false;
        var challenge = CHALLENGE.matcher(login.body());
        if (!challenge.find()) return false;
        // Concurrent sign-ins of one account each get their own code; the newest SMS may be another
        // worker's, so look through the latest few for one that works.
        var outbox = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/dev/outbox?to="
                + URLEncoder.encode(username, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        // case notifications to the same account sit in the outbox too (their references hold six
        // digits): look at sign-in codes only
        var codes = CODE.matcher(java.util.Arrays.stream(outbox.body().split("\\},\\{"))
                .filter(entry -> !entry.contains("\"purpose\":\"notification:"))
                .collect(java.util.stream.Collectors.joining("},{")));
        while (codes.find()) {
            var otp = post(http, base + "/api/v1/auth/otp",
                    "{\"challengeId\":\"" + challenge.group(1) + "\",\"code\":\"" + codes.group(1) + "\"}");
            if (otp.statusCode() == 200) return true;
            if (otp.statusCode() == 429) return false;
        }
        return false;
    }

    static HttpResponse<String> post(HttpClient http, String url, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static double hashRate(int seconds, int threads) throws Exception {
        var encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        encoder.encode("warm-up");
        var count = new AtomicLong();
        var end = System.nanoTime() + seconds * 1_000_000_000L;
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        encoder.encode("Nafitha-demo-1");
                        count.incrementAndGet();
                    }
                });
            }
        }
        return count.get() / (double) seconds;
    }
}
