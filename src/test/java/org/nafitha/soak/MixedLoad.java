package org.nafitha.soak;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

/**
 * The mixed work of a ministry's ordinary day against one running node, with a watchdog: citizens
 * submit passport renewals and upload photos (read by OCR), read their applications and records and
 * book appointments; officers read their queues, flag cases urgent and approve, reviewers confirm
 * (each approval issues a signed PDF); people open the public pages and sign in with a code;
 * archive staff search. Only the JDK's HTTP client: the node under test is a separate process
 * (started from the built jar), as a ministry runs it.
 *
 * <p>The watchdog asks the node's health every two seconds and looks at every request in flight;
 * a request slower than the limit or health not answering is a <em>hang</em>: a thread dump is
 * taken (when the node's pid is known) and the run stops.
 *
 * <p>Used by {@code NodeUnderMixedLoadIT} (a fresh node from the jar, a minute of load, several
 * times) and by {@code bench/run soak} (the same load for as long as asked), which reads the last
 * line: {@code soak: N requests served, E server errors, p99 X ms, H hangs}.
 */
public final class MixedLoad {

    public record Settings(URI base, Duration duration, Duration requestLimit, int clients,
                           long pid, Path dumps, String password) {

        public Settings {
            if (clients < 1) throw new IllegalArgumentException("at least one client");
        }
    }

    /** What a run did. {@code hangs} counts requests that took longer than the limit and health checks that failed. */
    public record Result(long served, long serverErrors, long refused, long transportErrors, long p50Millis,
                         long p99Millis, long maxMillis, int hangs, List<String> notes, Map<String, Long> perKind,
                         Duration ran, Optional<Path> threadDump) {

        public String line() {
            return "soak: %d requests served, %d server errors, p99 %d ms, %d hangs (%d s, p50 %d ms, max %d ms, %d refused, %d transport errors)"
                    .formatted(served, serverErrors, p99Millis, hangs, ran.toSeconds(), p50Millis, maxMillis, refused,
                            transportErrors);
        }
    }

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CHALLENGE = Pattern.compile("\"challengeId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Pattern ASSIGNEE = Pattern.compile("\"assignee\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SIGN_IN_CODE = Pattern.compile("\"purpose\"\\s*:\\s*\"sign-in\"");
    private static final Pattern SIX_DIGITS = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SLOT_START = Pattern.compile("\"start\"\\s*:\\s*\"([^\"]+)\"");

    private static final List<String> CITIZENS = List.of("1000000008", "1000000016", "2000000006");
    private static final List<String> PUBLIC_PAGES = List.of("/", "/services", "/services/passport-renewal",
            "/services/residence-renewal", "/services/vehicle-registration-renewal", "/signin", "/register", "/verify",
            "/design", "/kiosk", "/communication", "/services?q=%D8%AC%D9%88%D8%A7%D8%B2", "/api/v1/services",
            "/v3/api-docs", "/api/v1/transparency/tree-head");
    private static final List<String> ARCHIVE_QUERIES = List.of("جواز", "احمد", "أحمد", "شهادة ميلاد", "الرياض", "مخالفة");

    private final Settings settings;
    private final HttpClient http;
    private final ConcurrentHashMap<Long, InFlight> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final LongAdder served = new LongAdder();
    private final LongAdder serverErrors = new LongAdder();
    private final LongAdder refused = new LongAdder();
    private final LongAdder transportErrors = new LongAdder();
    private final ConcurrentHashMap<String, LongAdder> perKind = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<Long, LongAdder> latencies = new ConcurrentSkipListMap<>();
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicLong hangs = new AtomicLong();
    private final AtomicLong slowest = new AtomicLong();
    private volatile String slowestWhat = "";
    private volatile Path threadDump;
    private final byte[] photo = photo();

    private record InFlight(String what, long startedNanos) {
    }

    public MixedLoad(Settings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Result run() throws InterruptedException {
        var started = Instant.now();
        // The demo accounts are written by the demo runners after the server listens: wait for them.
        var citizens = new ArrayList<String>();
        citizens.add(signInWhenReady(CITIZENS.getFirst(), Duration.ofSeconds(120)));
        for (var id : CITIZENS.subList(1, CITIZENS.size())) citizens.add(signIn(id));
        var officers = List.of("officer1", "officer2");
        var officerTokens = List.of(signIn("officer1"), signIn("officer2"));
        var reviewer = signIn("reviewer1");
        var head = signIn("head1");
        var archivist = webSession("archivist1");

        var workers = new ArrayList<Thread>();
        var end = System.nanoTime() + settings.duration().toNanos();
        for (int i = 0; i < settings.clients(); i++) {
            var citizen = citizens.get(i % citizens.size());
            workers.add(worker("citizen-submit-" + i, end, () -> submitWithPhoto(citizen)));
            workers.add(worker("public-pages-" + i, end, this::publicPage));
        }
        for (int i = 0; i < officers.size(); i++) {
            var officer = officers.get(i);
            var token = officerTokens.get(i);
            workers.add(worker("officer-" + i, end, () -> decide(token, officer, "SUBMITTED", "approve", true)));
        }
        workers.add(worker("reviewer", end, () -> decide(reviewer, "reviewer1", "PENDING_REVIEW", "confirm", false)));
        workers.add(worker("head", end, () -> decide(head, "head1", "PENDING_REVIEW", "confirm", false)));
        workers.add(worker("citizen-reads", end, () -> citizenReads(citizens.get(ThreadLocalRandom.current().nextInt(citizens.size())))));
        workers.add(worker("booking", end, () -> book(citizens.get(ThreadLocalRandom.current().nextInt(citizens.size())))));
        workers.add(worker("archive-search", end, () -> archiveSearch(archivist)));
        workers.add(worker("sign-in", end, () -> {
            signIn(CITIZENS.get(ThreadLocalRandom.current().nextInt(CITIZENS.size())));
            pause(3_000);
        }));
        var watchdog = Thread.ofPlatform().daemon().name("soak-watchdog").start(() -> watch(end));
        workers.forEach(Thread::start);
        for (var w : workers) w.join(settings.duration().plus(settings.requestLimit()).plusSeconds(30).toMillis());
        stop.set(true);
        watchdog.interrupt();
        watchdog.join(10_000);
        if (slowest.get() > 0) notes.add("slowest: " + slowestWhat + " " + slowest.get() + " ms");
        var kinds = new TreeMap<String, Long>();
        perKind.forEach((k, v) -> kinds.put(k, v.sum()));
        return new Result(served.sum(), serverErrors.sum(), refused.sum(), transportErrors.sum(), percentile(0.50),
                percentile(0.99), latencies.isEmpty() ? 0 : latencies.lastKey(), (int) hangs.get(), List.copyOf(notes),
                kinds, Duration.between(started, Instant.now()), Optional.ofNullable(threadDump));
    }

    // -----------------------------------------------------------------------------------------
    // The work

    private void submitWithPhoto(String token) {
        var body = "{\"serviceCode\":\"passport-renewal\",\"fields\":{\"validityYears\":\"%s\",\"mobile\":\"0501234567\"}}"
                .formatted(ThreadLocalRandom.current().nextBoolean() ? "5" : "10");
        var created = send("submit", json("/api/v1/applications", body, token)
                .header("Idempotency-Key", UUID.randomUUID().toString()).build());
        if (created == null || created.statusCode() != 201) return;
        var reference = first(REFERENCE, created.body());
        if (reference == null) return;
        var boundary = "----soak" + UUID.randomUUID();
        var multipart = multipart(boundary, "photo.png", "image/png", photo, Map.of("kind", "photo"));
        send("upload-photo", request("/api/v1/applications/" + reference + "/documents", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart)).build());
    }

    private void decide(String token, String username, String state, String action, boolean flagSome) {
        var queue = send("staff-queue", request("/api/v1/staff/queue", token).GET().build());
        if (queue == null || queue.statusCode() != 200) return;
        var references = new ArrayList<String>();
        for (var item : queue.body().split("\\},\\s*\\{")) {
            var assignee = first(ASSIGNEE, item);
            if (state.equals(first(STATUS, item)) && (assignee == null || assignee.equals(username))) {
                var reference = first(REFERENCE, item);
                if (reference != null) references.add(reference);
            }
        }
        if (references.isEmpty()) {
            pause(500);
            return;
        }
        var reference = references.get(ThreadLocalRandom.current().nextInt(Math.min(3, references.size())));
        var file = send("staff-case", request("/api/v1/staff/cases/" + reference, token).GET().build());
        if (file == null || file.statusCode() != 200) return;
        var version = first(VERSION, file.body());
        if (flagSome && ThreadLocalRandom.current().nextInt(4) == 0) {
            var flagged = send("flag-urgent", request("/api/v1/staff/cases/" + reference + "/urgent", token)
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                            "{\"reason\":\"مسافر خلال أيام لعلاج طارئ\",\"version\":" + version + "}")).build());
            if (flagged == null) return;
            file = send("staff-case", request("/api/v1/staff/cases/" + reference, token).GET().build());
            if (file == null || file.statusCode() != 200) return;
            version = first(VERSION, file.body());
        }
        send("decide-" + action, json("/api/v1/staff/cases/" + reference + "/decisions",
                "{\"action\":\"" + action + "\",\"version\":" + version + "}", token).build());
    }

    private void publicPage() {
        var path = PUBLIC_PAGES.get(ThreadLocalRandom.current().nextInt(PUBLIC_PAGES.size()));
        send("page", HttpRequest.newBuilder(settings.base().resolve(path)).timeout(settings.requestLimit())
                .header("Accept-Language", ThreadLocalRandom.current().nextInt(3) == 0 ? "en" : "ar").GET().build());
    }

    private void citizenReads(String token) {
        send("my-applications", request("/api/v1/applications", token).GET().build());
        send("my-records", request("/api/v1/registers/mine", token).GET().build());
        pause(100);
    }

    private void book(String token) {
        var from = LocalDate.now().plusDays(2);
        var slots = send("slots", request("/api/v1/appointments/slots?service=passport-issue&office=riyadh-passports-olaya&from="
                + from + "&to=" + from.plusDays(10), token).GET().build());
        if (slots == null || slots.statusCode() != 200) return;
        var starts = new ArrayList<String>();
        var m = SLOT_START.matcher(slots.body());
        while (m.find()) starts.add(m.group(1));
        if (!starts.isEmpty() && ThreadLocalRandom.current().nextInt(3) == 0) {
            var start = starts.get(ThreadLocalRandom.current().nextInt(starts.size()));
            send("book", json("/api/v1/appointments",
                    "{\"service\":\"passport-issue\",\"office\":\"riyadh-passports-olaya\",\"start\":\"" + start + "\"}", token)
                    .header("Idempotency-Key", UUID.randomUUID().toString()).build());
        }
        pause(1_000);
    }

    private void archiveSearch(WebSession session) {
        var q = ARCHIVE_QUERIES.get(ThreadLocalRandom.current().nextInt(ARCHIVE_QUERIES.size()));
        send("archive-search", HttpRequest.newBuilder(settings.base().resolve("/staff/archive?q="
                        + URLEncoder.encode(q, StandardCharsets.UTF_8))).timeout(settings.requestLimit())
                .header("Cookie", session.cookie()).GET().build());
        pause(300);
    }

    // -----------------------------------------------------------------------------------------
    // Signing in

    private String signInWhenReady(String username, Duration wait) throws InterruptedException {
        var deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                return signIn(username);
            } catch (IllegalStateException e) {
                if (System.nanoTime() > deadline) throw e;
                Thread.sleep(1_000);
            }
        }
    }

    /** A bearer token: password, then the SMS code from the dev outbox when one is asked for. */
    String signIn(String username) {
        var login = send("sign-in", json("/api/v1/auth/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + settings.password() + "\"}", null).build());
        if (login == null) throw new IllegalStateException("sign-in of " + username + " did not answer");
        var token = first(TOKEN, login.body());
        if (token != null) return token;
        var challenge = first(CHALLENGE, login.body());
        if (challenge == null) throw new IllegalStateException("sign-in of " + username + ": " + login.statusCode() + " " + login.body());
        var code = codeFor(username);
        var otp = send("sign-in-code", json("/api/v1/auth/otp",
                "{\"challengeId\":\"" + challenge + "\",\"code\":\"" + code + "\"}", null).build());
        token = otp == null ? null : first(TOKEN, otp.body());
        if (token == null) throw new IllegalStateException("sign-in code of " + username + " refused");
        return token;
    }

    private String codeFor(String username) {
        var outbox = send("dev-outbox", HttpRequest.newBuilder(settings.base().resolve("/api/v1/dev/outbox?to=" + username))
                .timeout(settings.requestLimit()).GET().build());
        if (outbox == null || outbox.statusCode() != 200) throw new IllegalStateException("no dev outbox (demo profile?)");
        for (var entry : outbox.body().split("\\},\\s*\\{")) {
            if (SIGN_IN_CODE.matcher(entry).find()) {
                var m = SIX_DIGITS.matcher(entry.replaceAll("\"(id|at|msisdn|account)\"\\s*:\\s*\"?[^,\"]*\"?", ""));
                if (m.find()) return m.group(1);
            }
        }
        throw new IllegalStateException("no sign-in code for " + username);
    }

    record WebSession(String cookie) {
    }

    /** A browser's session: the sign-in form, then the code form, each with its CSRF token. */
    WebSession webSession(String username) {
        var cookies = new CookieManager();
        var browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            var form = browser.send(HttpRequest.newBuilder(settings.base().resolve("/signin")).timeout(settings.requestLimit()).build(),
                    HttpResponse.BodyHandlers.ofString());
            browser.send(formPost("/signin", Map.of("username", username, "password", settings.password(),
                    "_csrf", first(CSRF, form.body()))), HttpResponse.BodyHandlers.ofString());
            var codeForm = browser.send(HttpRequest.newBuilder(settings.base().resolve("/signin/code"))
                    .timeout(settings.requestLimit()).build(), HttpResponse.BodyHandlers.ofString());
            browser.send(formPost("/signin/code", Map.of("code", codeFor(username), "_csrf", first(CSRF, codeForm.body()))),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        var session = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().contains("SESSION")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("no session for " + username));
        return new WebSession(session.getName() + "=" + session.getValue());
    }

    private HttpRequest formPost(String path, Map<String, String> fields) {
        var body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v == null ? "" : v, StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(settings.base().resolve(path)).timeout(settings.requestLimit())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    // -----------------------------------------------------------------------------------------
    // Sending, counting, watching

    private Thread worker(String name, long end, Runnable work) {
        return Thread.ofPlatform().name("soak-" + name).unstarted(() -> {
            while (!stop.get() && System.nanoTime() < end) {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    notes.add(name + ": " + e.getMessage());
                    pause(500);
                }
            }
        });
    }

    /** Sends, counts and times one request; null when it got no answer (counted). */
    HttpResponse<String> send(String kind, HttpRequest request) {
        if (stop.get()) return null;
        var id = ids.incrementAndGet();
        var started = System.nanoTime();
        inFlight.put(id, new InFlight(kind + " " + request.method() + " " + request.uri().getPath(), started));
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            var millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            latencies.computeIfAbsent(millis, k -> new LongAdder()).increment();
            perKind.computeIfAbsent(kind + " " + response.statusCode(), k -> new LongAdder()).increment();
            slowest.accumulateAndGet(millis, Math::max);
            if (millis == slowest.get()) slowestWhat = kind + " " + request.method() + " " + request.uri().getPath();
            served.increment();
            if (response.statusCode() >= 500) {
                serverErrors.increment();
                notes.add(kind + " " + request.uri().getPath() + " answered " + response.statusCode());
            } else if (response.statusCode() >= 400) {
                refused.increment();
            }
            return response;
        } catch (HttpTimeoutException e) {
            hang("%s %s took longer than %d s".formatted(kind, request.uri().getPath(), settings.requestLimit().toSeconds()));
            return null;
        } catch (IOException e) {
            if (!stop.get()) {
                transportErrors.increment();
                notes.add(kind + " " + request.uri().getPath() + ": " + e);
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            inFlight.remove(id);
        }
    }

    private void watch(long end) {
        int healthFailures = 0;
        while (!stop.get()) {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                return;
            }
            var now = System.nanoTime();
            var limit = settings.requestLimit().toNanos();
            for (var request : inFlight.values()) {
                if (now - request.startedNanos() > limit) {
                    hang(request.what() + " in flight for more than " + settings.requestLimit().toSeconds() + " s");
                    return;
                }
            }
            try {
                var health = http.send(HttpRequest.newBuilder(settings.base().resolve("/actuator/health/liveness"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                healthFailures = health.statusCode() == 200 ? 0 : healthFailures + 1;
            } catch (IOException e) {
                healthFailures++;
            } catch (InterruptedException e) {
                return;
            }
            if (healthFailures >= 3) {
                hang("liveness did not answer UP three times in a row");
                return;
            }
        }
    }

    private synchronized void hang(String what) {
        hangs.incrementAndGet();
        notes.add("HANG: " + what);
        if (threadDump == null && settings.pid() > 0) {
            try {
                Files.createDirectories(settings.dumps());
                var file = settings.dumps().resolve("thread-dump-" + settings.pid() + "-" + System.currentTimeMillis() + ".txt");
                var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
                var process = new ProcessBuilder(jcmd, String.valueOf(settings.pid()), "Thread.dump_to_file",
                        "-format=text", file.toAbsolutePath().toString()).redirectErrorStream(true).start();
                process.waitFor(60, TimeUnit.SECONDS);
                threadDump = file;
                notes.add("thread dump: " + file.toAbsolutePath());
            } catch (IOException e) {
                notes.add("no thread dump: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stop.set(true);
    }

    private long percentile(double p) {
        long total = latencies.values().stream().mapToLong(LongAdder::sum).sum();
        if (total == 0) return 0;
        long wanted = (long) Math.ceil(total * p);
        long seen = 0;
        for (var e : latencies.entrySet()) {
            seen += e.getValue().sum();
            if (seen >= wanted) return e.getKey();
        }
        return latencies.lastKey();
    }

    // -----------------------------------------------------------------------------------------
    // Plumbing

    private HttpRequest.Builder request(String path, String token) {
        var b = HttpRequest.newBuilder(settings.base().resolve(path)).timeout(settings.requestLimit());
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b.header("Accept", "application/json");
    }

    private HttpRequest.Builder json(String path, String body, String token) {
        return request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String first(Pattern pattern, String text) {
        var m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] multipart(String boundary, String filename, String type, byte[] content, Map<String, String> fields) {
        var out = new ByteArrayOutputStream();
        Supplier<String> dash = () -> "--" + boundary + "\r\n";
        try {
            for (var f : fields.entrySet()) {
                out.write((dash.get() + "Content-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                        + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            out.write((dash.get() + "Content-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                    + "Content-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A passport-style portrait with a line of Arabic print under it, so OCR has something to read. */
    private static byte[] photo() {
        var image = new BufferedImage(360, 480, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 360, 480);
        g.setColor(new Color(90, 70, 50));
        g.fillOval(110, 60, 140, 170);
        g.fillRoundRect(60, 260, 240, 180, 60, 60);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 22));
        g.drawString("Nafitha 1000000008 " + new Random().nextInt(1000), 20, 470);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * {@code java -cp target/test-classes org.nafitha.soak.MixedLoad BASE SECONDS LIMIT_SECONDS CLIENTS PID DUMP_DIR}:
     * prints the counts per kind, the notes, and last the result line.
     */
    public static void main(String[] args) throws Exception {
        var settings = new Settings(URI.create(args[0]), Duration.ofSeconds(Long.parseLong(args[1])),
                Duration.ofSeconds(Long.parseLong(args[2])), Integer.parseInt(args[3]), Long.parseLong(args[4]),
                Path.of(args[5]), System.getenv().getOrDefault("SOAK_PASSWORD", "Nafitha-demo-1"));
        var result = new MixedLoad(settings).run();
        result.perKind().forEach((k, v) -> System.out.println("  · " + k + ": " + v));
        var shown = new LinkedHashMap<String, Integer>();
        for (var note : result.notes()) shown.merge(note.length() > 200 ? note.substring(0, 200) : note, 1, Integer::sum);
        shown.entrySet().stream().limit(40).forEach(e -> System.out.println("  ! " + e.getValue() + "× " + e.getKey()));
        System.out.println(result.line());
        System.exit(result.hangs() == 0 && result.serverErrors() == 0 ? 0 : 1);
    }
}
