package org.nafitha.documents;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param storeDir       where the content-addressed store keeps files
 * @param encryptionKey  AES-256 key (base64) that encrypts the store; without one a demo key is made
 *                       at first start in {@code keyFile}
 * @param keyFile        where the demo key is kept (default: {@code keys/} beside the store)
 * @param importRoot     the only server folder under which bulk imports may read
 * @param importWorkDir  where uploaded import archives wait until their job is done
 * @param clamd          the virus scanner; none when its host is not set
 * @param imports        limits of a bulk import
 */
@ConfigurationProperties("nafitha.documents")
public record DocumentsProperties(Path storeDir, @Nullable String encryptionKey, @Nullable Path keyFile,
                                  @Nullable Path importRoot, @Nullable Path importWorkDir,
                                  @Nullable Clamd clamd, @Nullable Imports imports) {

    public DocumentsProperties {
        if (storeDir == null) storeDir = Path.of("data", "documents");
        var parent = storeDir.toAbsolutePath().getParent();
        if (keyFile == null) keyFile = parent.resolve("keys").resolve("documents-demo-aes256.key");
        if (importRoot == null) importRoot = parent.resolve("imports");
        if (importWorkDir == null) importWorkDir = parent.resolve("import-work");
        if (clamd == null) clamd = new Clamd(null, 3310, Duration.ofSeconds(30));
        if (imports == null) imports = new Imports(0, 0, 0, 0, 0, null, null);
    }

    /** @param host clamd's host; scanning is off while it is not set */
    public record Clamd(@Nullable String host, int port, @Nullable Duration timeout) {
        public Clamd {
            if (port <= 0) port = 3310;
            if (timeout == null) timeout = Duration.ofSeconds(30);
        }
    }

    /**
     * @param maxFileBytes    largest file of an import
     * @param maxTotalBytes   most bytes an archive may unpack to, all entries together
     * @param maxEntries      most entries an archive may hold
     * @param maxRatio        highest compression ratio of one entry (zip bombs compress thousands of times)
     * @param batch           files one node imports before renewing its lease
     * @param lease           how long a node holds a job before another may take it over
     * @param pollEvery       how often nodes look for work
     */
    public record Imports(long maxFileBytes, long maxTotalBytes, int maxEntries, int maxRatio, int batch,
                          @Nullable Duration lease, @Nullable Duration pollEvery) {
        public Imports {
            if (maxFileBytes <= 0) maxFileBytes = 50L * 1024 * 1024;
            if (maxTotalBytes <= 0) maxTotalBytes = 4L * 1024 * 1024 * 1024;
            if (maxEntries <= 0) maxEntries = 20_000;
            if (maxRatio <= 0) maxRatio = 100;
            if (batch <= 0) batch = 20;
            if (lease == null) lease = Duration.ofMinutes(2);
            if (pollEvery == null) pollEvery = Duration.ofSeconds(2);
        }
    }
}
