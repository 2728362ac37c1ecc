package org.nafitha.meetings;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
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
    private static String turnAddress;
    private static Path recordings;

    private MediaServers() {
    }

    /** Points the application at these servers (for a test's {@code @DynamicPropertySource}). */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("nafitha.meetings.janus-url", MediaServers::janusUrl);
        registry.add("nafitha.meetings.recordings-dir", () -> recordings().toString());
        registry.add("nafitha.meetings.turn-urls", () -> "turn:" + turnAddress() + ":" + turnPort() + "?transport=udp");
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

    /**
     * The address coturn listens and relays on: the machine's first non-loopback IPv4 address when it
     * has one. Chromium gathers no relay candidate from a TURN server on 127.0.0.1 (its sockets are bound
     * to the network's interfaces, not to loopback), so a relay forced by {@code ?ice=relay} never connected.
     */
    public static synchronized String turnAddress() {
        if (turnAddress == null) turnAddress = firstNetworkAddress();
        return turnAddress;
    }

    private static String firstNetworkAddress() {
        try {
            return NetworkInterface.networkInterfaces().filter(MediaServers::up)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                    .map(InetAddress::getHostAddress).findFirst().orElse("127.0.0.1");
        } catch (SocketException e) {
            return "127.0.0.1";
        }
    }

    private static boolean up(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
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
            start(List.of("janus", "-F", dir.toString(), "-C", dir.resolve("janus.jcfg").toString()), dir, "janus", "127.0.0.1", port);
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
                    "listening-ip=" + turnAddress(), "relay-ip=" + turnAddress(), "listening-port=" + port,
                    "min-port=" + relays, "max-port=" + (relays + 99), "use-auth-secret",
                    "static-auth-secret=" + TURN_SECRET, "realm=nafitha.test", "allow-loopback-peers", "fingerprint",
                    "no-tls", "no-dtls", "no-cli", "no-multicast-peers", "userdb=" + dir.resolve("turndb"),
                    "pidfile=" + dir.resolve("turnserver.pid"), "log-file=stdout", "simple-log") + "\n");
            start(List.of("turnserver", "-c", dir.resolve("turnserver.conf").toString()), dir, "coturn", turnAddress(), port);
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

    private static void start(List<String> command, Path dir, String name, String host, int port) throws IOException {
        var process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        try {
            while (!listening(host, port)) {
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
    private static boolean listening(String host, int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 200);
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
