package org.nafitha.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.transparency.verifier.LogVerifier;
import org.nafitha.transparency.verifier.MerkleHashes;
import org.nafitha.transparency.verifier.TreeHead;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The log as an oversight body meets it: signed heads, proofs over HTTP checked with the RFC's
 * algorithms, and exports the offline verifier accepts — until someone edits the database.
 */
@NafithaTest
class VerifiableLogTest {

    private static final HexFormat HEX = HexFormat.of();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private TreeHead head() {
        var body = api.get("/api/v1/transparency/tree-head", null).body();
        return new TreeHead(body.get("treeSize").asLong(), body.get("timestamp").asLong(),
                body.get("rootHash").asString(), body.get("signature").asString());
    }

    private PublicKey publicKey() {
        return TreeHead.publicKey(api.get("/api/v1/transparency/public-key", null).text("x509Base64"));
    }

    private static List<byte[]> hashes(JsonNode array) {
        var list = new ArrayList<byte[]>();
        array.forEach(n -> list.add(HEX.parseHex(n.asString())));
        return list;
    }

    @Test
    void treeHeadsAreSignedAndProofsCheckOutWithTheRfcAlgorithms() {
        api.login("1000000008");
        var first = head();
        assertThat(first.treeSize()).isPositive();
        assertThat(first.verify(publicKey())).isTrue();
        api.login("officer1");
        api.signIn("1000000016");
        // The API answers the same head for a second, then signs a new one.
        var second = Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(this::head, h -> h.treeSize() > first.treeSize());

        var consistency = api.get("/api/v1/transparency/proof/consistency?first=" + first.treeSize()
                + "&second=" + second.treeSize(), null).body();
        assertThat(MerkleHashes.verifyConsistency(first.treeSize(), second.treeSize(), HEX.parseHex(first.rootHash()),
                HEX.parseHex(second.rootHash()), hashes(consistency.get("consistency")))).isTrue();

        long entry = jdbc.sql("SELECT MAX(id) FROM audit_log WHERE leaf_index < :s").param("s", second.treeSize())
                .query(Long.class).single();
        var inclusion = api.get("/api/v1/transparency/proof/inclusion?entry=" + entry + "&size=" + second.treeSize(), null).body();
        assertThat(MerkleHashes.verifyInclusion(inclusion.get("leafIndex").asLong(), second.treeSize(),
                HEX.parseHex(inclusion.get("leafHash").asString()), hashes(inclusion.get("auditPath")),
                HEX.parseHex(second.rootHash()))).isTrue();
        assertThat(inclusion.get("leafHash").asString())
                .isEqualTo(jdbc.sql("SELECT leaf_hash FROM audit_log WHERE id = :id").param("id", entry).query(String.class).single());
    }

    @Autowired
    AuditTrail audit;
    @Autowired
    VerifiableLog log;

    @Test
    void entriesWrittenAndSequencedConcurrentlyFormOneGapFreeOrder() throws Exception {
        var writers = Executors.newFixedThreadPool(6);
        var tasks = new ArrayList<Future<?>>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            tasks.add(writers.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    audit.recordAlone(new AuditEntry("officer" + writer, "OFFICER", "case.read", "1000000008", "PSP-" + i, null));
                }
            }));
        }
        // Two "nodes" sequencing and publishing while the writers write.
        for (int n = 0; n < 2; n++) tasks.add(writers.submit(() -> {
            for (int i = 0; i < 20; i++) log.publish();
        }));
        for (var task : tasks) task.get();
        writers.shutdown();
        var head = log.publish();
        var indexes = jdbc.sql("SELECT leaf_index FROM audit_log WHERE leaf_index IS NOT NULL ORDER BY leaf_index")
                .query(Long.class).list();
        assertThat(indexes).hasSize((int) head.treeSize());
        for (int i = 0; i < indexes.size(); i++) assertThat(indexes.get(i)).isEqualTo(i);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE leaf_index IS NULL AND id <= (SELECT MAX(id) FROM audit_log WHERE leaf_index IS NOT NULL)")
                .query(Long.class).single()).isZero();
        assertThat(verify(export(true), List.of(head)).problems()).isEmpty();
    }

    @Test
    void badProofRequestsAreProblemsNotErrors() {
        var head = head();
        var beyond = api.get("/api/v1/transparency/proof/inclusion?entry=1&size=" + (head.treeSize() + 100), null);
        assertThat(beyond.status()).isEqualTo(404);
        assertThat(beyond.contentType()).contains("application/problem+json");
        assertThat(api.get("/api/v1/transparency/proof/consistency?first=5&second=2", null).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/transparency/proof/consistency?first=x&second=2", null).status()).isEqualTo(400);
    }

    @Test
    void onlyInspectorsMayExportAndTheirExportsAreLoggedToo() {
        assertThat(api.get("/api/v1/transparency/entries", api.login("officer1")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/transparency/entries", api.login("1000000008")).status()).isEqualTo(404);
        var inspector = api.login("inspector1");
        assertThat(api.get("/api/v1/transparency/entries?from=0&to=3", inspector).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE actor = 'inspector1' AND action = 'oversight.export'")
                .query(Long.class).single()).isPositive();
    }

    private String export(boolean redacted) {
        var response = api.get("/api/v1/transparency/entries?redacted=" + redacted, api.login("inspector1"));
        assertThat(response.status()).isEqualTo(200);
        return response.raw().body();
    }

    private LogVerifier.Report verify(String export, List<TreeHead> heads) throws Exception {
        return LogVerifier.verify(new StringReader(export), heads, publicKey());
    }

    @Test
    void theVerifierAcceptsAnHonestLogFullOrRedacted() throws Exception {
        api.login("1000000008");
        var heads = List.of(head());
        var full = export(false);
        var redacted = export(true);
        assertThat(redacted).doesNotContain("1000000008").doesNotContain("\"nonce\"");
        assertThat(full).contains("1000000008");
        var report = verify(full, heads);
        assertThat(report.problems()).isEmpty();
        assertThat(report.headsChecked()).isEqualTo(1);
        assertThat(verify(redacted, heads).problems()).isEmpty();
    }

    @Test
    void anEditedEntryIsNamed() throws Exception {
        api.signIn("1000000016");
        var heads = List.of(head());
        var victim = jdbc.sql("SELECT id, leaf_index, actor FROM audit_log WHERE leaf_index < :s ORDER BY leaf_index DESC LIMIT 1")
                .param("s", heads.getFirst().treeSize()).query().singleRow();
        jdbc.sql("UPDATE audit_log SET actor = 'someone-else' WHERE id = :id").param("id", victim.get("id")).update();
        try {
            var report = verify(export(true), heads);
            assertThat(report.firstBadIndex()).isEqualTo(((Number) victim.get("leaf_index")).longValue());
            assertThat(report.problems().getFirst()).contains("was altered");
        } finally {
            jdbc.sql("UPDATE audit_log SET actor = :actor WHERE id = :id").param("actor", victim.get("actor"))
                    .param("id", victim.get("id")).update();
        }
    }

    @Test
    void aDeletedEntryAndAReorderedPairAreNamed() throws Exception {
        api.signIn("1000000008");
        var heads = List.of(head());
        long size = heads.getFirst().treeSize();
        Map<String, Object> row = jdbc.sql("SELECT * FROM audit_log WHERE leaf_index = :i").param("i", size - 2).query().singleRow();
        jdbc.sql("DELETE FROM audit_log WHERE id = :id").param("id", row.get("id")).update();
        LogVerifier.Report afterDelete;
        try {
            afterDelete = verify(export(false), heads);
        } finally {
            jdbc.sql("""
                            INSERT INTO audit_log (id, recorded_at, actor, actor_role, action, subject, case_reference, reason,
                                                   client_address, leaf_hash, department, nonce, leaf_index)
                            VALUES (:id, :recorded_at, :actor, :actor_role, :action, :subject, :case_reference, :reason,
                                    :client_address, :leaf_hash, :department, :nonce, :leaf_index)""")
                    .params(row).update();
        }
        assertThat(afterDelete.firstBadIndex()).isEqualTo(size - 2);
        assertThat(afterDelete.problems().getFirst()).contains("entry " + (size - 2) + " is missing");

        swap(size - 3, size - 4);
        try {
            var afterSwap = verify(export(false), heads);
            assertThat(afterSwap.firstBadIndex()).isEqualTo(size - 4);
        } finally {
            swap(size - 3, size - 4);
        }
        assertThat(verify(export(false), heads).problems()).isEmpty();
    }

    private void swap(long a, long b) {
        jdbc.sql("UPDATE audit_log SET leaf_index = -1 WHERE leaf_index = :a").param("a", a).update();
        jdbc.sql("UPDATE audit_log SET leaf_index = :a WHERE leaf_index = :b").param("a", a).param("b", b).update();
        jdbc.sql("UPDATE audit_log SET leaf_index = :b WHERE leaf_index = -1").param("b", b).update();
    }

    @Test
    void aTruncatedTailAndAForgedTreeHeadAreNamed() throws Exception {
        api.signIn("1000000008");
        var head = head();
        var lines = export(true).lines().toList();
        var truncated = String.join("\n", lines.subList(0, lines.size() - 3));
        var report = verify(truncated, List.of(head));
        assertThat(report.problems()).anySatisfy(p -> assertThat(p).contains("truncated"));

        var forgedRoot = HEX.formatHex(MerkleHashes.leafHash(new byte[]{42}));
        var forged = new TreeHead(head.treeSize(), head.timestamp(), forgedRoot, head.signature());
        var forgedReport = verify(export(true), List.of(forged));
        assertThat(forgedReport.problems()).singleElement().satisfies(p -> assertThat(p).contains("signature does not verify"));
    }
}
