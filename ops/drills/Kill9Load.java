import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The client side of the kill -9 drill: CLIENTS citizens submit passport renewals for SECONDS, as
 * the mobile app does: each submission carries its own Idempotency-Key and is retried with the same
 * key after a refused connection, a 5xx or a timeout, until the server acknowledges it with 201.
 * Every acknowledgement is written to the log (key, reference) before the next request, so the log
 * holds exactly what the server promised to keep. A per-second timeline of failures tells how soon
 * the service came back.
 *
 * <pre>java ops/drills/Kill9Load.java BASE_URL CLIENTS SECONDS ACK_LOG</pre>
 * Before it: the failed requests by answer ({@code 503:4 no-answer:2}: a refused connection or a timeout).
 * Last line: {@code load: A acknowledged, R retried, F failed requests, last failure at S s}.
 */
public class Kill9Load {

    private static final List<String> CITIZENS = List.of("1000000008", "1000000016", "2000000006");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CHALLENGE = Pattern.compile("\"challengeId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SIGN_IN = Pattern.compile("\"purpose\"\\s*:\\s*\"sign-in\"");
    private static final Pattern SIX_DIGITS = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;
    private final long startedNanos = System.nanoTime();
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong lastFailureMillis = new AtomicLong(-1);
    private final AtomicLong lastFailureEpochMillis = new AtomicLong(0);
    private final ConcurrentSkipListMap<Long, AtomicLong> failuresPerSecond = new ConcurrentSkipListMap<>();
    private final ConcurrentSkipListMap<String, AtomicLong> failuresByAnswer = new ConcurrentSkipListMap<>();
    private final PrintWriter acks;

    Kill9Load(String base, Path ackLog) throws IOException {
        this.base = base;
        this.acks = new PrintWriter(Files.newBufferedWriter(ackLog, StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("token")) {
            // java ops/drills/Kill9Load.java token BASE_URL ACCOUNT: a demo account's API token, as the
            // drills' other checks need (the restore drill's inspector)
            var client = new Kill9Load(args[1], Files.createTempFile("acks", ".txt"));
            String token = null;
            for (int attempt = 0; token == null && attempt < 20; attempt++) token = client.signIn(args[2]);
            if (token == null) throw new IllegalStateException("cannot sign in as " + args[2]);
            System.out.println(token);
            return;
        }
        var load = new Kill9Load(args[0], Path.of(args[3]));
        load.run(Integer.parseInt(args[1]), Duration.ofSeconds(Long.parseLong(args[2])));
    }

    void run(int clients, Duration duration) throws InterruptedException {
        var end = System.nanoTime() + duration.toNanos();
        var workers = new ArrayList<Thread>();
        for (int i = 0; i < clients; i++) {
            var citizen = CITIZENS.get(i % CITIZENS.size());
            workers.add(Thread.ofPlatform().name("citizen-" + i).start(() -> submitUntil(citizen, end)));
        }
        for (var worker : workers) worker.join();
        acks.close();
        var timeline = new StringBuilder();
        failuresPerSecond.forEach((second, count) -> timeline.append(' ').append(second).append("s:").append(count));
        System.out.println("failures per second of the load:" + (timeline.isEmpty() ? " none" : timeline));
        var answers = new StringBuilder();
        failuresByAnswer.forEach((answer, count) -> answers.append(' ').append(answer).append(':').append(count));
        System.out.println("failed requests by answer:" + (answers.isEmpty() ? " none" : answers));
        System.out.println("last failure epoch ms: " + lastFailureEpochMillis.get());
        System.out.printf("load: %d acknowledged, %d retried, %d failed requests, last failure at %.1f s%n",
                acknowledged.get(), retried.get(), failed.get(), lastFailureMillis.get() / 1000.0);
    }

    private void submitUntil(String citizen, long end) {
        String token = null;
        while (System.nanoTime() < end) {
            if (token == null) {
                token = signIn(citizen);
                if (token == null) continue;
            }
            var key = UUID.randomUUID().toString();
            var body = "{\"serviceCode\":\"passport-renewal\",\"fields\":{\"validityYears\":\"5\",\"mobile\":\"0501234567\"}}";
            boolean first = true;
            while (true) {
                if (!first) retried.incrementAndGet();
                first = false;
                var response = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/applications"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
                if (response != null && (response.statusCode() == 201 || response.statusCode() == 200)) {
                    var matcher = REFERENCE.matcher(response.body());
                    if (matcher.find()) acknowledge(key, matcher.group(1));
                    break;
                }
                if (response != null && response.statusCode() == 401) {
                    token = null;
                    while (token == null && System.nanoTime() < end + Duration.ofSeconds(60).toNanos()) token = signIn(citizen);
                    if (token == null) return;
                    continue;
                }
                if (response != null && response.statusCode() < 500 && response.statusCode() != 429) {
                    failure(response);
                    break; // refused for a reason of its own: not a submission the server promised
                }
                failure(response);
                // An unanswered submission is retried with its key even after the load's end: the
                // client must learn whether the server kept it.
                if (System.nanoTime() > end + Duration.ofSeconds(120).toNanos()) return;
                pause(250);
            }
        }
    }

    private synchronized void acknowledge(String key, String reference) {
        acknowledged.incrementAndGet();
        acks.println(key + " " + reference);
        acks.flush();
    }

    private void failure(HttpResponse<String> response) {
        failed.incrementAndGet();
        failuresByAnswer.computeIfAbsent(response == null ? "no-answer" : String.valueOf(response.statusCode()),
                a -> new AtomicLong()).incrementAndGet();
        var millis = (System.nanoTime() - startedNanos) / 1_000_000;
        lastFailureMillis.accumulateAndGet(millis, Math::max);
        lastFailureEpochMillis.accumulateAndGet(System.currentTimeMillis(), Math::max);
        failuresPerSecond.computeIfAbsent(millis / 1000, s -> new AtomicLong()).incrementAndGet();
    }

    private String signIn(String citizen) {
        var login = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + citizen + "\",\"password\":\"Nafitha-demo-1\"}"))
                .build());
        if (login == null || login.statusCode() != 202) {
            pause(500);
            return null;
        }
        var challenge = CHALLENGE.matcher(login.body());
        if (!challenge.find()) return null;
        var outbox = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/dev/outbox?to="
                + URLEncoder.encode(citizen, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(10)).GET().build());
        if (outbox == null || outbox.statusCode() != 200) return null;
        // the newest entry comes first: the code just sent
        String code = null;
        for (var entry : outbox.body().split("\\},\\s*\\{")) {
            if (!SIGN_IN.matcher(entry).find()) continue;
            var digits = SIX_DIGITS.matcher(entry.replaceAll("\"(id|at|msisdn|account)\"\\s*:\\s*\"?[^,\"]*\"?", ""));
            if (digits.find()) code = digits.group(1);
            break;
        }
        if (code == null) return null;
        var otp = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/otp")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"challengeId\":\"" + challenge.group(1) + "\",\"code\":\"" + code + "\"}"))
                .build());
        if (otp == null || otp.statusCode() != 200) return null;
        var token = TOKEN.matcher(otp.body());
        return token.find() ? token.group(1) : null;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
