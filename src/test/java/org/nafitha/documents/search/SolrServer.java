package org.nafitha.documents.search;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A real two-node SolrCloud for the tests (Solr 9.10.1's MiniSolrCloudCluster: two Solr nodes and
 * an embedded ZooKeeper), in a JVM of its own — Solr's Lucene 9 cannot share the application's class
 * path — started once per test JVM and stopped when it exits (the launcher also stops when this JVM's
 * pipe to it closes). Its class path is resolved and its launcher compiled from {@code ops/solr/pom.xml}
 * by the Maven wrapper. The {@code archive} collection has one shard with a replica on each node.
 */
public final class SolrServer {

    private static List<URI> urls;
    private static final Set<String> collections = new HashSet<>();

    private SolrServer() {
    }

    /** The nodes' base URLs ({@code http://127.0.0.1:port/solr}), starting the cluster on first use. */
    public static synchronized List<URI> urls() {
        if (urls != null) return urls;
        try {
            var dir = Files.createDirectories(Path.of("target", "solr").toAbsolutePath());
            var run = Files.createTempDirectory(dir, "cloud-");
            var ready = run.resolve("ready.properties");
            var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var process = new ProcessBuilder(java, "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", classPath(dir), "org.nafitha.ops.solr.SolrCloudLauncher",
                    "--dir", run.resolve("data").toString(), "--conf", Path.of("src/main/resources/solr/archive/conf")
                    .toAbsolutePath().toString(), "--out", ready.toString(), "--exit-with-stdin")
                    .redirectErrorStream(true).redirectOutput(run.resolve("solr.log").toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            var deadline = Instant.now().plus(Duration.ofSeconds(120));
            while (!Files.exists(ready)) {
                if (!process.isAlive()) throw new IllegalStateException("SolrCloud stopped; see " + run);
                if (Instant.now().isAfter(deadline)) throw new IllegalStateException("SolrCloud did not start; see " + run);
                Thread.sleep(250);
            }
            var properties = new Properties();
            try (var in = Files.newBufferedReader(ready)) {
                properties.load(in);
            }
            urls = Arrays.stream(properties.getProperty("urls").split(",")).map(URI::create).toList();
            collections.add("archive");
            return urls;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start SolrCloud", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The nodes' base URLs as the {@code nafitha.documents.index.solr.urls} setting takes them. */
    public static String urlSetting() {
        return String.join(",", urls().stream().map(URI::toString).toList());
    }

    /** A collection of the archive's configset, created on first use (one shard, a replica on each node). */
    public static synchronized String collection(String name) {
        if (collections.contains(name)) return name;
        var create = urls().getFirst() + "/admin/collections?action=CREATE&name=" + name
                + "&collection.configName=archive&numShards=1&replicationFactor=2&waitForFinalState=true";
        try (var client = HttpClient.newHttpClient()) {
            var response = client.send(HttpRequest.newBuilder(URI.create(create)).timeout(Duration.ofSeconds(90)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) throw new IllegalStateException("Cannot create " + name + ": " + response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        collections.add(name);
        return name;
    }

    private static String classPath(Path dir) throws IOException, InterruptedException {
        var file = dir.resolve("solr.classpath");
        var classes = Path.of("ops", "solr", "target", "classes").toAbsolutePath();
        if (!Files.exists(file) || !Files.exists(classes.resolve("org/nafitha/ops/solr/SolrCloudLauncher.class"))) {
            var wrapper = Path.of("mvnw").toAbsolutePath().toString();
            var resolve = new ProcessBuilder(List.of(wrapper, "-q", "-B", "-f", "ops/solr/pom.xml", "compile",
                    "dependency:build-classpath", "-Dmdep.outputFile=" + file))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("classpath.log").toFile()).start();
            if (resolve.waitFor() != 0 || !Files.exists(file)) {
                throw new IllegalStateException("Cannot resolve SolrCloud's class path; see " + dir.resolve("classpath.log"));
            }
        }
        return classes + File.pathSeparator + Files.readString(file).strip();
    }
}
