package org.nafitha.documents;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A real S3-compatible server for the tests: S3Proxy over a folder under {@code target/}, in a JVM
 * of its own (its Jetty and jclouds must not share the application's class path), started once per
 * test JVM and stopped when it exits. Its class path is resolved from {@code ops/s3proxy/pom.xml}
 * by the Maven wrapper the first time.
 */
public final class S3Server {

    public static final String ACCESS_KEY = "nafitha-test";
    public static final String SECRET_KEY = "nafitha-test-secret";

    private static URI endpoint;

    private S3Server() {
    }

    /** The server's address, starting it on first use. */
    public static synchronized URI endpoint() {
        if (endpoint != null) return endpoint;
        try {
            var port = freePort();
            var dir = Path.of("target", "s3proxy").toAbsolutePath();
            var data = Files.createDirectories(dir.resolve("data-" + port));
            var conf = dir.resolve("s3proxy-" + port + ".conf");
            Files.writeString(conf, String.join("\n",
                    "s3proxy.endpoint=http://127.0.0.1:" + port,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + data) + "\n");
            var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var process = new ProcessBuilder(java, "-Xmx256m", "-cp", classPath(dir), "org.gaul.s3proxy.Main",
                    "--properties", conf.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("s3proxy-" + port + ".log").toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            var deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (!listening(port)) {
                if (!process.isAlive()) throw new IllegalStateException("S3Proxy stopped; see " + dir);
                if (Instant.now().isAfter(deadline)) throw new IllegalStateException("S3Proxy did not start; see " + dir);
                Thread.sleep(200);
            }
            endpoint = URI.create("http://127.0.0.1:" + port);
            return endpoint;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start S3Proxy", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String classPath(Path dir) throws IOException, InterruptedException {
        var file = dir.resolve("s3proxy.classpath");
        if (!Files.exists(file)) {
            var wrapper = Path.of("mvnw").toAbsolutePath().toString();
            var resolve = new ProcessBuilder(List.of(wrapper, "-q", "-B", "-f", "ops/s3proxy/pom.xml",
                    "dependency:build-classpath", "-Dmdep.outputFile=" + file))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("classpath.log").toFile()).start();
            if (resolve.waitFor() != 0 || !Files.exists(file)) {
                throw new IllegalStateException("Cannot resolve S3Proxy's class path; see " + dir.resolve("classpath.log"));
            }
        }
        return Files.readString(file).strip();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean listening(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
