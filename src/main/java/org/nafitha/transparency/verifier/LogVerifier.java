package org.nafitha.transparency.verifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * The oversight body's offline check of a log export against signed tree heads it holds: every
 * signature, every entry's content against its leaf, the sequence without gaps, and the tree
 * recomputed against each head. It names the first bad entry where the evidence allows, and the
 * range between the last good head and the first bad one where only the tree shows it.
 * <p>Run: {@code java -jar nafitha.jar verify-log export.jsonl heads.json [public-key-base64]} ({@link VerifyLog}).
 */
public final class LogVerifier {

    private static final HexFormat HEX = HexFormat.of();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the check found; {@code firstBadIndex} is -1 when no single entry could be named. */
    public record Report(long entriesChecked, int headsChecked, List<String> problems, long firstBadIndex) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private LogVerifier() {
    }

    public static Report verify(Reader export, List<TreeHead> heads, PublicKey key) throws IOException {
        var lines = new BufferedReader(export);
        var first = lines.readLine();
        if (first == null) return new Report(0, 0, List.of("the export is empty"), -1);
        var header = JSON.readValue(first, ExportHeader.class);
        var problems = new ArrayList<String>();
        var pending = new ArrayList<TreeHead>();
        for (var head : heads.stream().sorted(Comparator.comparingLong(TreeHead::treeSize)).toList()) {
            if (head.verify(key)) pending.add(head);
            else problems.add("tree head for " + head.treeSize() + " entries (timestamp " + head.timestamp()
                    + "): the signature does not verify — forged or altered");
        }
        var tree = header.from() == 0 ? new CompactRange()
                : CompactRange.resume(header.from(), header.prefixEdge().stream().map(HEX::parseHex).toList());
        pending.removeIf(h -> h.treeSize() < header.from());
        int headsChecked = 0;
        long lastGoodHead = header.from();
        long firstBad = -1;
        long expected = header.from();
        boolean broken = false;
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.isBlank()) continue;
            var entry = JSON.readValue(line, ExportedEntry.class);
            if (entry.index() != expected) {
                problems.add(entry.index() > expected
                        ? "entry " + expected + " is missing: the export jumps from " + (expected - 1) + " to " + entry.index()
                        : "entries out of order: " + entry.index() + " comes after " + (expected - 1));
                if (firstBad < 0) firstBad = expected;
                broken = true;
                break;
            }
            var leaf = HEX.parseHex(entry.leaf());
            if (!entry.opaque() && !Arrays.equals(entry.recomputedLeaf(), leaf)) {
                problems.add("entry " + entry.index() + " (audit id " + entry.id()
                        + ") was altered: its content no longer matches the leaf the log recorded");
                if (firstBad < 0) firstBad = entry.index();
            }
            tree.append(leaf);
            expected++;
            while (!pending.isEmpty() && pending.getFirst().treeSize() <= tree.size()) {
                var head = pending.removeFirst();
                if (head.treeSize() < tree.size()) continue;
                headsChecked++;
                if (Arrays.equals(tree.root(), HEX.parseHex(head.rootHash()))) {
                    lastGoodHead = head.treeSize();
                } else {
                    problems.add("tree head for " + head.treeSize() + " entries does not match the exported entries: "
                            + "an entry from " + lastGoodHead + " to " + (head.treeSize() - 1)
                            + " was altered, removed or reordered");
                }
            }
        }
        if (header.complete() && !broken) {
            for (var head : pending) {
                problems.add("the log was truncated: a signed tree head covers " + head.treeSize()
                        + " entries but the export of the whole log ends at " + tree.size());
                if (firstBad < 0) firstBad = tree.size();
            }
        }
        return new Report(tree.size() - header.from(), headsChecked, List.copyOf(problems), firstBad);
    }
}
