import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.HashMap;
import java.util.UUID;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;

import org.nafitha.payments.internal.SettlementFile;

/**
 * Reconciliation of a camt.053 settlement file of N entries (default 1,000,000) against N charges of
 * ours held in memory, as payments.internal.Reconciling does for a day: parse with SettlementFile,
 * match by EndToEndId, count differences (0.1 % missing each way, 0.1 % wrong amounts injected).
 * The limit: a bare StAX pass over the same file that only counts its Ntry elements.
 * Prints time, entries/s and the heap in use after the match; last line is the result.
 *
 *   java -Xmx1g -cp <classpath>:target/classes bench/Reconcile.java [entries] [work dir]
 */
public class Reconcile {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        var dir = Path.of(args.length > 1 ? args[1] : System.getProperty("java.io.tmpdir"));
        Files.createDirectories(dir);
        var file = dir.resolve("camt053-" + n + ".xml");
        var ours = new HashMap<String, Long>(n * 2);
        var sar = Currency.getInstance("SAR");
        int missingGateway = 0, mismatched = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt><Stmt><Id>BENCH</Id>\n");
            for (int i = 0; i < n; i++) {
                var ref = new UUID(0x5eed, i).toString();
                long minor = 15_000 + (i % 97) * 100L;
                ours.put(ref, minor);
                if (i % 1000 == 1) { missingGateway++; continue; }
                long written = minor;
                if (i % 1000 == 2) { written += 1; mismatched++; }
                var ntryRef = i % 1000 == 3 ? new UUID(0xbad, i).toString() : ref;
                w.write("<Ntry><Amt Ccy=\"SAR\">" + BigDecimal.valueOf(written, 2).toPlainString()
                        + "</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><AcctSvcrRef>sim_" + i
                        + "</AcctSvcrRef><NtryDtls><TxDtls><Refs><EndToEndId>" + ntryRef
                        + "</EndToEndId></Refs></TxDtls></NtryDtls></Ntry>\n");
            }
            w.write("</Stmt></BkToCstmrStmt></Document>\n");
        }
        System.out.printf("context: %d entries, %.1f MB file%n", n, Files.size(file) / 1e6);

        // warm-up, then the better of two alternating measured passes of each (the machine is shared)
        bare(file);
        match(file, new HashMap<>(ours));
        double bareSeconds = Double.MAX_VALUE, oursSeconds = Double.MAX_VALUE;
        long counted = 0, heapMb = 0;
        long[] result = null;
        HashMap<String, Long> left = null;
        var rt = Runtime.getRuntime();
        for (int round = 0; round < 2; round++) {
            System.gc();
            long t0 = System.nanoTime();
            counted = bare(file);
            bareSeconds = Math.min(bareSeconds, (System.nanoTime() - t0) / 1e9);
            var fresh = new HashMap<>(ours);
            System.gc();
            long t1 = System.nanoTime();
            result = match(file, fresh);
            oursSeconds = Math.min(oursSeconds, (System.nanoTime() - t1) / 1e9);
            heapMb = Math.max(heapMb, (rt.totalMemory() - rt.freeMemory()) / 1_000_000);
            left = fresh;
        }
        long unknown = (n + 996) / 1000;
        long differences = result[1] + left.size();
        System.out.printf("limit: bare StAX count of %d entries in %.2f s (%.0f entries/s)%n", counted, bareSeconds, counted / bareSeconds);
        System.out.printf("ours: %d matched, %d differences (expected %d) in %.2f s, heap in use %d MB (the %d charges of ours included)%n",
                result[0], differences, missingGateway + mismatched + 2 * unknown, oursSeconds, heapMb, n);
        System.out.printf("reconcile: %.0f entries/s, %.2f s and %d MB heap for %d entries (%.2f of bare StAX %.0f entries/s measured in the same run)%n",
                counted / oursSeconds, oursSeconds, heapMb, n, bareSeconds / oursSeconds, counted / bareSeconds);
        Files.deleteIfExists(file);
    }

    private static long[] match(Path file, HashMap<String, Long> ours) throws Exception {
        long[] counts = {0, 0};
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            SettlementFile.read(in, entry -> {
                var mine = ours.remove(entry.endToEndId());
                if (mine != null && mine == entry.amount().minor()) counts[0]++;
                else counts[1]++;
            });
        }
        return counts;
    }

    private static long bare(Path file) throws Exception {
        long count = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            var xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "Ntry".equals(xml.getLocalName())) count++;
            }
        }
        return count;
    }
}
