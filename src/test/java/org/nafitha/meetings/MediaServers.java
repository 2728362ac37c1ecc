package org.nafitha.meetings;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Janus (VideoRoom and echo test over the HTTP transport only) and coturn (use-auth-secret, loopback
 * peers allowed), as the Debian packages install them, each started once per test JVM on free ports
 * with configuration files written under {@code target/}, and stopped when the JVM exits.
 */
public final class MediaServers {

    public static final String TURN_SECRET = "nafitha-test-turn-secret";
    private static final Path JANUS_LIBS = Path.of("/usr/lib/x86_64-linux-gnu/janus");

    private static String janusUrl;
    private static int turnPort;
    private static Path recordings;

    private MediaServers() {
    }

    /** Points the application at these servers (for a test's {@code @DynamicPropertySource}). */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("nafitha.meetings.janus-url", MediaServers::janusUrl);
        registry.add("nafitha.meetings.recordings-dir", () -> recordings().toString());
        registry.add("nafitha.meetings.turn-urls", () -> "turn:127.0.0.1:" + turnPort() + "?transport=udp");
        registry.add("nafitha.meetings.turn-secret", () -> TURN_SECRET);
    }

    public static synchronized String janusUrl() {
        if (janusUrl == null) startJanus();
        return janusUrl;
    }

    public static synchronized int turnPort() {
        if (turnPort == 0) startCoturn();
        return turnPort;
    }

    public static synchronized Path recordings() {
        janusUrl();
        return recordings;
    }

    private static void startJanus() {
        try {
            var port = freePort();
            var dir = Files.createDirectories(Path.of("target", "janus-" + port).toAbsolutePath());
            var plugins = linked(dir.resolve("plugins"), "plugins", "libjanus_videoroom.so", "libjanus_echotest.so");
            var transports = linked(dir.resolve("transports"), "transports", "libjanus_http.so");
            recordings = Files.createDirectories(dir.resolve("recordings"));
            var rtp = 20000 + (port % 200) * 100;
            Files.writeString(dir.resolve("janus.jcfg"), """
                    general: { configs_folder = "%s" plugins_folder = "%s" transports_folder = "%s"
                               events_folder = "%s/none" loggers_folder = "%s/none" debug_level = 4 }
                    media: { rtp_port_range = "%d-%d" }
                    nat: { ice_enforce_list = "lo" }
                    plugins: {}
                    transports: {}
                    events: { broadcast = false }
                    """.formatted(dir, plugins, transports, dir, dir, rtp, rtp + 99));
            Files.writeString(dir.resolve("janus.transport.http.jcfg"), """
                    general: { json = "plain" base_path = "/janus" http = true port = %d interface = "lo" https = false }
                    admin: { admin_http = false }
                    """.formatted(port));
            Files.writeString(dir.resolve("janus.plugin.videoroom.jcfg"), "general: { }\n");
            Files.writeString(dir.resolve("janus.plugin.echotest.jcfg"), "general: { }\n");
            start(List.of("janus", "-F", dir.toString(), "-C", dir.resolve("janus.jcfg").toString()), dir, "janus", port);
            janusUrl = "http://127.0.0.1:" + port + "/janus";
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start Janus", e);
        }
    }

    private static void startCoturn() {
        try {
            var port = freePort();
            var dir = Files.createDirectories(Path.of("target", "coturn-" + port).toAbsolutePath());
            var relays = 30000 + (port % 200) * 100;
            Files.writeString(dir.resolve("turnserver.conf"), String.join("\n",
                    "listening-ip=127.0.0.1", "relay-ip=127.0.0.1", "listening-port=" + port,
                    "min-port=" + relays, "max-port=" + (relays + 99), "use-auth-secret",
                    "static-auth-secret=" + TURN_SECRET, "realm=nafitha.test", "allow-loopback-peers", "fingerprint",
                    "no-tls", "no-dtls", "no-cli", "no-multicast-peers", "userdb=" + dir.resolve("turndb"),
                    "pidfile=" + dir.resolve("turnserver.pid"), "log-file=stdout", "simple-log") + "\n");
            start(List.of("turnserver", "-c", dir.resolve("turnserver.conf").toString()), dir, "coturn", port);
            turnPort = port;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start coturn", e);
        }
    }

    private static Path linked(Path folder, String kind, String... libraries) throws IOException {
        Files.createDirectories(folder);
        for (var library : libraries) {
            var link = folder.resolve(library);
            if (!Files.exists(link)) Files.createSymbolicLink(link, JANUS_LIBS.resolve(kind).resolve(library));
        }
        return folder;
    }

    private static void start(List<String> command, Path dir, String name, int port) throws IOException {
        var process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        try {
            while (!listening(port, name)) {
                if (!process.isAlive()) throw new IllegalStateException(name + " stopped; see " + dir);
                if (Instant.now().isAfter(deadline)) throw new IllegalStateException(name + " did not start; see " + dir);
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** coturn listens on TCP as well as UDP on its port, so a TCP connect tells both are up. */
    private static boolean listening(int port, String name) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
