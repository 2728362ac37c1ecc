package org.nafitha.ops.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;

/**
 * Starts a real SolrCloud on this machine: an embedded ZooKeeper and {@code --nodes} Solr nodes
 * (each a Jetty with its own cores), uploads the archive's configset and creates its collection.
 * When it is ready it writes {@code zkHost=} and {@code urls=} (the nodes' base URLs, comma
 * separated) to the {@code --out} file, then runs until it is stopped (or, with
 * {@code --exit-with-stdin}, until its standard input closes: the tests' JVM went away).
 *
 * <pre>
 * --dir DIR          where the nodes keep their data (required)
 * --conf DIR         the configset (src/main/resources/solr/archive/conf)
 * --collection NAME  archive
 * --nodes N          2
 * --shards N         1          (one shard: scores as on one Lucene index)
 * --replicas N       2          (every node holds a copy: either may stop)
 * --ports P1,P2      free ports when absent
 * --out FILE         the file written when the cluster is ready
 * </pre>
 */
public final class SolrCloudLauncher {

    private SolrCloudLauncher() {
    }

    public static void main(String[] args) throws Exception {
        var options = options(args);
        var dir = Path.of(options.get("dir")).toAbsolutePath();
        var conf = Path.of(options.getOrDefault("conf", "src/main/resources/solr/archive/conf")).toAbsolutePath();
        var collection = options.getOrDefault("collection", "archive");
        int nodes = Integer.parseInt(options.getOrDefault("nodes", "2"));
        int shards = Integer.parseInt(options.getOrDefault("shards", "1"));
        int replicas = Integer.parseInt(options.getOrDefault("replicas", "2"));
        var ports = ports(options.get("ports"), nodes);
        Files.createDirectories(dir);
        System.setProperty("solr.log.dir", dir.toString());
        var cluster = new MiniSolrCloudCluster.Builder(0, dir).addConfig(collection, conf).formatZkServer(true).build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(cluster)));
        for (int i = 0; i < nodes; i++) {
            cluster.startJettySolrRunner("node" + (i + 1), "/solr",
                    JettyConfig.builder().setPort(ports.get(i)).stopAtShutdown(true).build());
        }
        cluster.waitForAllNodes(60);
        CollectionAdminRequest.createCollection(collection, collection, shards, replicas)
                .process(cluster.getSolrClient());
        cluster.waitForActiveCollection(collection, shards, shards * replicas);
        var urls = new ArrayList<String>();
        for (var jetty : cluster.getJettySolrRunners()) urls.add(jetty.getBaseUrl().toString());
        var ready = "zkHost=" + cluster.getZkServer().getZkAddress() + "\nurls=" + String.join(",", urls)
                + "\ncollection=" + collection + "\npid=" + ProcessHandle.current().pid() + "\n";
        var out = Path.of(options.getOrDefault("out", dir.resolve("solrcloud.properties").toString()));
        var partial = out.resolveSibling(out.getFileName() + ".part");
        Files.writeString(partial, ready);
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println(ready);
        if (options.containsKey("exit-with-stdin")) {
            while (System.in.read() >= 0) {
                // the parent holds the pipe open while it lives
            }
            System.exit(0);
        }
        new CountDownLatch(1).await();
    }

    private static void stop(MiniSolrCloudCluster cluster) {
        try {
            cluster.shutdown();
        } catch (Exception e) {
            e.printStackTrace();
        }
    }

    private static List<Integer> ports(String given, int nodes) {
        var ports = new ArrayList<Integer>();
        if (given != null && !given.isBlank()) {
            for (var port : given.split(",")) ports.add(Integer.parseInt(port.strip()));
        }
        while (ports.size() < nodes) ports.add(0);
        return ports;
    }

    private static Map<String, String> options(String[] args) {
        var options = new HashMap<String, String>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) throw new IllegalArgumentException("Unknown argument " + args[i]);
            var name = args[i].substring(2);
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) options.put(name, args[++i]);
            else options.put(name, "true");
        }
        if (!options.containsKey("dir")) throw new IllegalArgumentException("--dir is required");
        return options;
    }
}
