///usr/bin/env java "$0" "$@"; exit $?
// Concurrent recorded video calls on one node, beside a bare Janus echo test measured in the same run, step by step.
// Peers are headless Chromium pages (Debian's /usr/bin/chromium driven by Playwright, as the journey tests
// drive it) sending Chromium's fake camera and microphone. Concurrency steps up (BENCH_MEETINGS_STEPS); a step
// is sustained when every peer decodes at least 80% of the pixels per second the fake camera sends (frames
// per second times frame size: a frame rate kept by scaling the picture down is a degraded call too) and
// hears audio, over a measured window after a settling time.
//
//   limit  a call is two peers of Janus' echo test plugin (each sends video+audio and gets it back): the same
//          media through Janus as a two-party call, no VideoRoom, no recording, no application. The signalling
//          is done from here straight to Janus' HTTP API.
//   ours   a call booked through the application (the person asks through the API, the minister's office
//          publishes a slot and accepts on its pages), both sides on the application's meeting page
//          (meetings.js: signalling relayed by the application, Janus VideoRoom, the room recorded); at the
//          end of each step the office ends every call and each recording must be stored and last as long as
//          its call (ffprobe, within a second, as HoldARecordedVideoMeetingJourneyTest checks; the call lasts
//          from the first side connecting to the click on "end" or at most to the application's answer), or
//          the step is not sustained; the CPU the app's children (janus-pp-rec, ffmpeg) take to mix them is
//          printed per second of call.
// The two alternate step by step (the echo test at a count, then ours), so both see the shared machine alike.
//
// CPU over each measured window from /proc/<pid>/stat (utime+stime), in cores: Janus, the application's JVM,
// Chromium (its processes below this JVM) and the whole machine.
//
//   java -cp <test classpath> bench/Meetings.java <janus-url> <janus-pid> <app-base-url> <app-pid> <work-dir>
//        <steps "1 2 3 4 ..."> <settle-s> <window-s> <clock-ticks>

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

public class Meetings {

    static final double SUSTAINED = 0.8;
    static final String PERSON = "2000000006";
    static final String OFFICE = "minister-office1";
    static final String PASSWORD = "Nafitha-demo-1";
    static final ZoneId ZONE = ZoneId.of("Asia/Riyadh"); // the demo country's calendar zone (nafitha.country.zone)
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final AtomicLong TX = new AtomicLong();

    static String janus;
    static long janusPid;
    static String base;
    static long appPid;
    static Path work;
    static int settle;
    static int window;
    static double ticks;
    static Browser browser;
    static String blank;
    static Source source;

    /** The fake camera as getUserMedia reports it. */
    record Source(int width, int height, double fps) {
        double pixelRate() {
            return width * (double) height * fps;
        }
    }

    /** One peer's counters at one moment (performance.now() in ms). */
    record Stats(double at, long decoded, long audio, int width, int height) {
    }

    /** A peer's measured window. */
    record Rate(double fps, int width, int height, double audioPackets) {
        double pixelRate() {
            return fps * width * height;
        }
    }

    record Cpu(long nanos, double janus, double app, double chromium, double machineBusy, double machineAll) {
    }

    record Step(int calls, boolean sustained, double worstShare, double meanFps, int worstHeight, double janusCores,
                double appCores, double chromiumCores, double machineCores, String why) {
    }

    public static void main(String[] args) throws Exception {
        janus = args[0];
        janusPid = Long.parseLong(args[1]);
        base = args[2];
        appPid = Long.parseLong(args[3]);
        work = Files.createDirectories(Path.of(args[4]));
        var steps = java.util.Arrays.stream(args[5].trim().split("\\s+")).mapToInt(Integer::parseInt).toArray();
        settle = Integer.parseInt(args[6]);
        window = Integer.parseInt(args[7]);
        ticks = Double.parseDouble(args[8]);

        var server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            var page = "<!doctype html><html lang=\"en\"><title>echo</title><video id=\"v\" autoplay muted playsinline></video>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        // localhost, not 127.0.0.1: Chromium treats http://localhost as a secure context (getUserMedia needs one)
        blank = "http://localhost:" + server.getAddress().getPort() + "/";

        try (var playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
                    .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                            "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                            "--allow-loopback-in-peer-connection")));
            // Step by step, the echo test then ours at the same count, so that both see the machine as it is
            // at that moment (its 2 cores are shared with other work); each stops at its first step not sustained.
            var echo = new ArrayList<Step>();
            var ours = new ArrayList<Step>();
            var app = new App();
            for (int calls : steps) {
                var echoGoesOn = echo.isEmpty() || echo.getLast().sustained();
                var oursGoOn = ours.isEmpty() || ours.getLast().sustained();
                if (!echoGoesOn && !oursGoOn) break;
                if (echoGoesOn) {
                    echo.add(echoStep(calls));
                    print("limit", "Janus echo test", echo.getLast());
                }
                if (oursGoOn) {
                    ours.add(app.step(calls));
                    print("ours", "recorded calls through the application", ours.getLast());
                }
            }
            browser.close();
            var limit = best(echo);
            var best = best(ours);
            var perCall = best == null ? 0 : (best.janusCores() + best.appCores()) / best.calls();
            var limitCalls = limit == null ? 0 : limit.calls();
            if (limit != null) {
                System.out.printf(Locale.ROOT, "limit: echo test at %d calls: Janus %.2f cores, %.3f per call; Chromium %.2f cores%n",
                        limit.calls(), limit.janusCores(), limit.janusCores() / limit.calls(), limit.chromiumCores());
            }
            if (best != null) {
                System.out.printf(Locale.ROOT, "ours: at %d recorded calls: Janus %.2f + application %.2f cores = %.3f per call; "
                                + "Chromium (both sides of every call) %.2f cores, %.2f per call%n", best.calls(), best.janusCores(),
                        best.appCores(), perCall, best.chromiumCores(), best.chromiumCores() / best.calls());
            }
            int calls = best == null ? 0 : best.calls();
            System.out.printf(Locale.ROOT, "meetings: %d recorded calls on one node, %s cores per call (%s of a bare Janus echo test's "
                            + "%d calls measured in the same run)%n", calls, String.format(Locale.ROOT, perCall < 0.1 ? "%.3f" : "%.2f", perCall),
                    limitCalls == 0 ? "0" : String.format(Locale.ROOT, "%.2f", calls / (double) limitCalls), limitCalls);
        } finally {
            server.stop(0);
        }
    }

    static Step best(List<Step> steps) {
        Step best = null;
        for (var s : steps) if (s.sustained()) best = s;
        return best;
    }

    static void print(String kind, String what, Step s) {
        System.out.printf(Locale.ROOT, "%s: %d %s: %s; worst peer %.0f%% of the camera's pixels/s, mean %.1f fps (camera %dx%d at %.0f fps), "
                        + "smallest picture %dp; Janus %.2f, application %.2f, Chromium %.2f cores, machine %.2f of %d cores busy%s%n",
                kind, s.calls(), what, s.sustained() ? "sustained" : "NOT sustained", s.worstShare() * 100, s.meanFps(),
                source == null ? 0 : source.width(), source == null ? 0 : source.height(), source == null ? 0 : source.fps(),
                s.worstHeight(), s.janusCores(), s.appCores(), s.chromiumCores(), s.machineCores(),
                Runtime.getRuntime().availableProcessors(), s.why().isEmpty() ? "" : " (" + s.why() + ")");
    }

    // -----------------------------------------------------------------------------------------
    // The limit: Janus' echo test, signalled from here

    static final String OFFER = """
            async () => {
              const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true });
              const pc = window.pc = new RTCPeerConnection({ iceServers: [] });
              stream.getTracks().forEach(t => pc.addTrack(t, stream));
              pc.ontrack = e => { document.getElementById('v').srcObject = e.streams[0]; };
              await pc.setLocalDescription(await pc.createOffer());
              if (pc.iceGatheringState !== 'complete') await new Promise(done => {
                pc.onicegatheringstatechange = () => { if (pc.iceGatheringState === 'complete') done(); };
                setTimeout(done, 5000);
              });
              const s = stream.getVideoTracks()[0].getSettings();
              return JSON.stringify({ sdp: pc.localDescription.sdp, width: s.width, height: s.height, fps: s.frameRate });
            }""";

    static Step echoStep(int calls) throws Exception {
        var contexts = new ArrayList<BrowserContext>();
        var pages = new ArrayList<Page>();
        var sessions = new CopyOnWriteArrayList<Long>();
        var keepalive = Executors.newSingleThreadScheduledExecutor();
        keepalive.scheduleAtFixedRate(() -> sessions.forEach(s -> {
            try {
                janusPost("/" + s, Map.of("janus", "keepalive"));
            } catch (Exception ignored) {
                // the next one will do
            }
        }), 15, 15, TimeUnit.SECONDS);
        try {
            for (int i = 0; i < 2 * calls; i++) {
                var context = browser.newContext();
                contexts.add(context);
                var page = context.newPage();
                pages.add(page);
                page.navigate(blank);
                var session = janusPost("", Map.of("janus", "create")).path("data").path("id").asLong();
                sessions.add(session);
                var handle = janusPost("/" + session, Map.of("janus", "attach", "plugin", "janus.plugin.echotest"))
                        .path("data").path("id").asLong();
                var offer = JSON.readTree((String) page.evaluate(OFFER));
                if (source == null) {
                    source = new Source(offer.path("width").asInt(), offer.path("height").asInt(), offer.path("fps").asDouble());
                }
                janusPost("/" + session + "/" + handle, Map.of("janus", "message", "body", Map.of("audio", true, "video", true),
                        "jsep", Map.of("type", "offer", "sdp", offer.path("sdp").asString(), "trickle", false)));
                var answer = awaitAnswer(session);
                page.evaluate("sdp => window.pc.setRemoteDescription({ type: 'answer', sdp: sdp })", answer);
            }
            return measure(calls, pages, "echo");
        } finally {
            keepalive.shutdownNow();
            for (var s : sessions) {
                try {
                    janusPost("/" + s, Map.of("janus", "destroy"));
                } catch (Exception ignored) {
                    // gone with its peer
                }
            }
            contexts.forEach(BrowserContext::close);
        }
    }

    static String awaitAnswer(long session) throws Exception {
        var deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create(janus + "/" + session + "?maxev=10&rid=" + System.nanoTime()))
                    .timeout(Duration.ofSeconds(40)).GET().build(), HttpResponse.BodyHandlers.ofString());
            var events = JSON.readTree(response.body());
            for (var e : events.isArray() ? events.valueStream().toList() : List.of(events)) {
                if (e.path("jsep").path("type").asString("").equals("answer")) return e.path("jsep").path("sdp").asString();
                if (e.path("plugindata").path("data").has("error")) throw new IllegalStateException("echo test: " + e);
            }
        }
        throw new IllegalStateException("Janus' echo test did not answer within 30 s");
    }

    static JsonNode janusPost(String path, Map<String, Object> body) throws IOException, InterruptedException {
        var message = new HashMap<>(body);
        message.put("transaction", "bench-" + TX.incrementAndGet());
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(janus + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message)))
                .build(), HttpResponse.BodyHandlers.ofString());
        var json = JSON.readTree(response.body());
        if (json.path("janus").asString("").equals("error")) throw new IllegalStateException("Janus: " + response.body());
        return json;
    }

    // -----------------------------------------------------------------------------------------
    // Measuring: every peer's counters and the processes' CPU over the same window

    static final String STATS = """
            async (kind) => {
              const c = window.nafithaCall;
              const pc = kind === 'echo' ? window.pc : (c && c.subscriber);
              const r = { at: performance.now(), decoded: 0, audio: 0, width: 0, height: 0 };
              if (pc) (await pc.getStats()).forEach(s => {
                if (s.type !== 'inbound-rtp') return;
                if (s.kind === 'video') { r.decoded += s.framesDecoded || 0; r.width = s.frameWidth || 0; r.height = s.frameHeight || 0; }
                else r.audio += s.packetsReceived || 0;
              });
              return JSON.stringify(r);
            }""";

    static Stats stats(Page page, String kind) {
        var json = JSON.readTree((String) page.evaluate(STATS, kind));
        return new Stats(json.path("at").asDouble(), json.path("decoded").asLong(), json.path("audio").asLong(),
                json.path("width").asInt(), json.path("height").asInt());
    }

    static Step measure(int calls, List<Page> pages, String kind) throws Exception {
        var deadline = Instant.now().plusSeconds(60 + 10L * calls);
        for (var page : pages) {
            while (stats(page, kind).decoded() == 0) {
                if (Instant.now().isAfter(deadline)) {
                    return new Step(calls, false, 0, 0, 0, 0, 0, 0, 0, "a peer decoded no video within " + (60 + 10 * calls) + " s");
                }
                Thread.sleep(500);
            }
        }
        Thread.sleep(settle * 1000L);
        var before = new ArrayList<Stats>();
        var cpuBefore = cpu();
        for (var page : pages) before.add(stats(page, kind));
        Thread.sleep(window * 1000L);
        var after = new ArrayList<Stats>();
        for (var page : pages) after.add(stats(page, kind));
        var cpuAfter = cpu();
        var seconds = (cpuAfter.nanos() - cpuBefore.nanos()) / 1e9;
        double worst = Double.MAX_VALUE, fpsSum = 0;
        int worstHeight = Integer.MAX_VALUE;
        var why = "";
        for (int i = 0; i < pages.size(); i++) {
            var a = before.get(i);
            var b = after.get(i);
            var s = (b.at() - a.at()) / 1000;
            var rate = new Rate((b.decoded() - a.decoded()) / s, b.width(), b.height(), (b.audio() - a.audio()) / s);
            var share = rate.pixelRate() / source.pixelRate();
            fpsSum += rate.fps();
            worstHeight = Math.min(worstHeight, rate.height());
            if (share < worst) worst = share;
            if (rate.audioPackets() < 1) why = "a peer received no audio";
        }
        var sustained = worst >= SUSTAINED && why.isEmpty();
        return new Step(calls, sustained, worst, fpsSum / pages.size(), worstHeight,
                (cpuAfter.janus() - cpuBefore.janus()) / seconds, (cpuAfter.app() - cpuBefore.app()) / seconds,
                (cpuAfter.chromium() - cpuBefore.chromium()) / seconds,
                (cpuAfter.machineBusy() - cpuBefore.machineBusy()) / (cpuAfter.machineAll() - cpuBefore.machineAll())
                        * Runtime.getRuntime().availableProcessors(), why);
    }

    static Cpu cpu() throws IOException {
        double chromium = 0;
        for (var p : ProcessHandle.current().descendants().toList()) {
            if (p.info().command().map(c -> c.contains("chromium")).orElse(false)) chromium += seconds(p.pid());
        }
        var machine = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
        double all = 0;
        for (int i = 1; i < machine.length && i <= 8; i++) all += Double.parseDouble(machine[i]);
        var idle = Double.parseDouble(machine[4]) + Double.parseDouble(machine[5]);
        return new Cpu(System.nanoTime(), seconds(janusPid), seconds(appPid), chromium, all - idle, all);
    }

    /** utime + stime of a process (all its threads), in seconds; 0 once it is gone. */
    static double seconds(long pid) {
        try {
            var stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / ticks;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** cutime + cstime: the CPU of a process' children it has waited for (the app's janus-pp-rec and ffmpeg), in seconds. */
    static double childSeconds(long pid) {
        try {
            var stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / ticks;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    // -----------------------------------------------------------------------------------------
    // Ours: calls booked and held through the application

    static final class App {

        final String personToken;
        final String officeToken;
        final String personState;
        final String officeState;
        final BrowserContext office;
        final Page officePage;
        int booked;

        App() throws Exception {
            personToken = login(PERSON);
            officeToken = login(OFFICE);
            personState = signedIn(PERSON);
            officeState = signedIn(OFFICE);
            office = browser.newContext(new Browser.NewContextOptions().setStorageState(officeState).setLocale("ar-SA"));
            officePage = office.newPage();
        }

        Step step(int calls) throws Exception {
            var ids = new ArrayList<UUID>();
            // the slots start two minutes ahead (the room opens five minutes before), each at its own second
            var first = Instant.now().plusSeconds(120 + booked);
            for (int i = 0; i < calls; i++) ids.add(book(first.plusSeconds(i)));
            booked += calls + 1;
            var contexts = new ArrayList<BrowserContext>();
            var pages = new ArrayList<Page>();
            var hosts = new ArrayList<Page>();
            try {
                for (var id : ids) {
                    var host = page(contexts, officeState, "/staff/meetings/" + id);
                    var person = page(contexts, personState, "/meetings/" + id);
                    host.waitForFunction("() => window.nafithaCall && window.nafithaCall.ready");
                    person.waitForFunction("() => window.nafithaCall && window.nafithaCall.ready");
                    host.click("#admit");
                    host.click("#join");
                    if (person.isVisible("#accept-recording")) person.check("#accept-recording");
                    person.click("#join");
                    hosts.add(host);
                    pages.add(host);
                    pages.add(person);
                }
                var step = measure(calls, pages, "call");
                var recordings = endAndCheckRecordings(ids, hosts, pages, contexts);
                if (!recordings.isEmpty()) {
                    step = new Step(step.calls(), false, step.worstShare(), step.meanFps(), step.worstHeight(), step.janusCores(),
                            step.appCores(), step.chromiumCores(), step.machineCores(),
                            step.why().isEmpty() ? recordings : step.why() + "; " + recordings);
                }
                return step;
            } finally {
                contexts.forEach(BrowserContext::close);
            }
        }

        Page page(List<BrowserContext> contexts, String state, String path) {
            var context = browser.newContext(new Browser.NewContextOptions().setStorageState(state).setLocale("ar-SA"));
            contexts.add(context);
            var page = context.newPage();
            page.navigate(base + path);
            return page;
        }

        /** Ends every call from the office's side, waits for the recordings and compares their length with the calls'. */
        String endAndCheckRecordings(List<UUID> ids, List<Page> hosts, List<Page> pages, List<BrowserContext> contexts) throws Exception {
            // A call lasts from the first side connecting to the office pressing "end" (as the journey test
            // counts it) or, at most, to the application answering that the meeting is ended: on a busy machine
            // the room may close a second or more after the click.
            var calls = new ArrayList<Double>();
            var answered = new ArrayList<Double>();
            var mixing = childSeconds(appPid);
            var ending = System.nanoTime();
            for (int i = 0; i < ids.size(); i++) {
                var host = hosts.get(i);
                var person = pages.get(2 * i + 1);
                var started = Math.min(number(host, "window.nafithaCall.connectedAt || Date.now()"),
                        number(person, "window.nafithaCall.connectedAt || Date.now()"));
                var ended = number(host, "Date.now()");
                host.click("#end");
                host.waitForFunction("() => window.nafithaCall.left");
                var closed = number(host, "Date.now()");
                calls.add((ended - started) / 1000.0);
                answered.add((closed - started) / 1000.0);
            }
            var problems = new ArrayList<String>();
            var durations = new ArrayList<String>();
            var deadline = Instant.now().plusSeconds(120 + 60L * ids.size());
            for (int i = 0; i < ids.size(); i++) {
                var id = ids.get(i);
                String recording = "";
                while (Instant.now().isBefore(deadline)) {
                    recording = api("GET", "/api/v1/meetings/" + id, officeToken, null).path("recording").asString("");
                    if (!recording.equals("RECORDING") && !recording.equals("PROCESSING")) break;
                    Thread.sleep(1000);
                }
                if (!recording.equals("STORED")) {
                    problems.add("recording of " + id + " is " + recording);
                    continue;
                }
                var played = office.request().get(base + "/staff/meetings/" + id + "/recording");
                if (played.status() != 200) {
                    problems.add("recording of " + id + " answered " + played.status());
                    continue;
                }
                var file = Files.write(work.resolve(id + ".webm"), played.body());
                var probe = new ProcessBuilder("ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0",
                        file.toString()).redirectErrorStream(true).start();
                var out = new String(probe.getInputStream().readAllBytes()).strip();
                probe.waitFor();
                double seconds;
                try {
                    seconds = Double.parseDouble(out);
                } catch (NumberFormatException e) {
                    problems.add("recording of " + id + " does not play: " + out);
                    continue;
                }
                durations.add(String.format(Locale.ROOT, "%.1f/%.1f-%.1f", seconds, calls.get(i), answered.get(i)));
                if (seconds < calls.get(i) - 1.0 || seconds > answered.get(i) + 1.0) {
                    problems.add(String.format(Locale.ROOT, "recording of %s lasts %.2f s, the call %.2f s (%.2f s until the end was answered)",
                            id, seconds, calls.get(i), answered.get(i)));
                }
                Files.delete(file);
            }
            var stored = (System.nanoTime() - ending) / 1e9;
            mixing = childSeconds(appPid) - mixing;
            System.out.printf(Locale.ROOT, "  recordings of %d calls (%.0f s of calls) all stored %.0f s after the end; janus-pp-rec + ffmpeg "
                            + "%.1f CPU-s, %.2f per second of call; seconds (recording/call from the click on end to its answer): %s%n", ids.size(),
                    calls.stream().mapToDouble(Double::doubleValue).sum(), stored, mixing,
                    mixing / calls.stream().mapToDouble(Double::doubleValue).sum(), String.join(" ", durations));
            return String.join("; ", problems);
        }

        UUID book(Instant startsAt) throws Exception {
            var sent = api("POST", "/api/v1/meeting-requests", personToken, """
                    {"official":"minister","subject":"أرغب في مناقشة تأخر معاملة لمّ الشمل","mode":"VIDEO"}""");
            var id = UUID.fromString(sent.path("id").asString());
            var at = startsAt.atZone(ZONE);
            officePage.navigate(base + "/staff/officials");
            officePage.selectOption("#publish-official", "minister");
            officePage.check("#kind");
            officePage.fill("#date", at.toLocalDate().toString());
            officePage.fill("#time", at.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm:ss")));
            officePage.fill("#minutes", "30");
            officePage.fill("#placeAr", "مكتب الوزير");
            officePage.fill("#placeEn", "The minister's office");
            officePage.click("form[action$='/staff/officials/sessions'] button[type=submit]");
            if (!officePage.url().contains("published")) throw new IllegalStateException("the slot was not published: " + officePage.url());
            officePage.navigate(base + "/staff/officials/requests/" + id);
            // the earliest free slot is the one just published (the demo's are days ahead)
            officePage.check("input[name=slot]");
            officePage.click("form[action$='/accept'] button[type=submit]");
            var deadline = Instant.now().plusSeconds(20);
            while (true) {
                var meeting = api("GET", "/api/v1/meetings/" + id, personToken, null);
                if (meeting.has("startsAt")) {
                    var starts = Instant.parse(meeting.path("startsAt").asString());
                    if (Duration.between(Instant.now(), starts).abs().toMinutes() > 5) {
                        throw new IllegalStateException("meeting " + id + " was accepted into a slot at " + starts);
                    }
                    return id;
                }
                if (Instant.now().isAfter(deadline)) throw new IllegalStateException("no meeting " + id + " 20 s after accepting it");
                Thread.sleep(250);
            }
        }
    }

    static long number(Page page, String expression) {
        return ((Number) page.evaluate("() => " + expression)).longValue();
    }

    /** A browser signed in as a demo account (password, then the SMS code from the dev outbox); its cookies. */
    static String signedIn(String username) throws Exception {
        try (var context = browser.newContext(new Browser.NewContextOptions().setLocale("ar-SA"))) {
            var page = context.newPage();
            page.navigate(base + "/signin");
            page.fill("#username", username);
            page.fill("#password", PASSWORD);
            page.click("form[action$='/signin'] button[type=submit]");
            page.getByLabel("رمز التحقق").fill(latestCode(username));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تحقق")).click();
            page.waitForURL(url -> !url.contains("/signin") && !url.contains("/code"));
            return context.storageState();
        }
    }

    /** A bearer token of a demo account through the API. */
    static String login(String username) throws Exception {
        var first = api("POST", "/api/v1/auth/login", null,
                JSON.writeValueAsString(Map.of("username", username, "password", PASSWORD)));
        if (first.has("token")) return first.path("token").asString();
        var challenge = first.path("challengeId").asString();
        return api("POST", "/api/v1/auth/otp", null,
                JSON.writeValueAsString(Map.of("challengeId", challenge, "code", latestCode(username)))).path("token").asString();
    }

    static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    static String latestCode(String account) throws Exception {
        var outbox = api("GET", "/api/v1/dev/outbox?to=" + URLEncoder.encode(account, StandardCharsets.UTF_8), null, null);
        var text = outbox.valueStream().filter(e -> !e.path("purpose").asString("").startsWith("notification:"))
                .findFirst().map(e -> e.path("text").asString()).orElse("");
        var matcher = CODE.matcher(text);
        if (!matcher.find()) throw new IllegalStateException("no code in the outbox for " + account);
        return matcher.group(1);
    }

    static JsonNode api(String method, String path, String token, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Accept-Language", "en");
        if (token != null) request.header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString());
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400) throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }
}
