package org.nafitha.transparency.verifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code verify-log <export.jsonl> <tree-heads.json> [public-key-base64]}: {@link LogVerifier}'s check from
 * the command line, each problem on a line of its own; exit status 0 when the log checks out, 1 when not,
 * 2 when the arguments are missing.
 */
public final class VerifyLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private VerifyLog() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: verify-log <export.jsonl> <tree-heads.json> [public-key-base64]");
            System.exit(2);
        }
        var heads = JSON.readValue(Files.readString(Path.of(args[1])), TreeHeadList.class);
        var key = TreeHead.publicKey(args.length > 2 ? args[2] : heads.publicKey());
        long started = System.nanoTime();
        LogVerifier.Report report;
        try (var export = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            report = LogVerifier.verify(export, heads.treeHeads(), key);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        report.problems().forEach(p -> System.out.println("PROBLEM: " + p));
        System.out.println(report.ok()
                ? "verification: OK, " + report.entriesChecked() + " entries, " + report.headsChecked() + " tree heads, " + millis + " ms"
                : "verification: FAILED" + (report.firstBadIndex() >= 0 ? ", first bad entry " + report.firstBadIndex() : "")
                  + " (" + report.problems().size() + " problems, " + report.entriesChecked() + " entries read)");
        System.exit(report.ok() ? 0 : 1);
    }
}
