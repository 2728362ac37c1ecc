import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.nafitha.municipal.MunicipalProperties;
import org.nafitha.municipal.internal.Beneficiaries;
import org.nafitha.municipal.internal.BlockingKeys;
import org.nafitha.municipal.internal.GeneratedNames;
import org.nafitha.municipal.internal.MatchScorer;
import org.nafitha.municipal.internal.Matching;
import org.nafitha.municipal.internal.Person;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The beneficiary matcher against a large register on PostgreSQL. The register (default 1,000,000
 * generated Lebanese beneficiaries, municipal.internal.GeneratedNames from the test classes) is
 * loaded into the application's own schema (Flyway, every migration) with its blocking keys; then
 * N new records (default 10,000: half the same person written down again, half a sibling, cousin
 * or namesake of someone on the register) go through what filing a beneficiary does: the
 * candidates of Beneficiaries.candidates (an indexed OR of the keys) scored by Matching.
 * Printed: load time, matching time and records/s, candidates per record, heap after the run,
 * precision and recall of "linked or sent to review". The limit, measured in the same run on the
 * same table: the plain indexed lookup of a record by national ID, as if everyone had one.
 * (The class is MatchingBench: Matching is the matcher it measures.)
 *
 *   java -Xmx1g -cp <classpath>:target/classes:<GeneratedNames classes> bench/Matching.java jdbc-url user [register] [new]
 */
public class MatchingBench {

    public static void main(String[] args) throws Exception {
        var url = args[0];
        var user = args[1];
        int size = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        int n = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
        var source = new PGSimpleDataSource();
        source.setUrl(url);
        source.setUser(user);
        Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();
        var jdbc = JdbcClient.create(source);
        // A register of this size loaded by an earlier run (same seed, same people) is reused.
        var reuse = jdbc.sql("SELECT COUNT(*) FROM municipal_beneficiaries WHERE filed_by = 'bench'").query(Long.class).single() == size;
        if (!reuse) {
            jdbc.sql("DELETE FROM municipal_beneficiary_matches").update();
            jdbc.sql("DELETE FROM municipal_beneficiaries").update();
        }

        var names = new GeneratedNames(42);
        var ids = new UUID[size];
        var people = new Person[size];
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            c.setAutoCommit(false);
            try (var insert = c.prepareStatement("""
                    INSERT INTO municipal_beneficiaries (id, municipality, national_id, first_name, father_name,
                        grandfather_name, family_name, mother_name, birth_date, birth_year, birth_place, identity_key,
                        bk_family_year, bk_first_father, bk_first_family, bk_father_family, bk_lineage,
                        filed_by, idempotency_key, filed_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                var at = Timestamp.from(Instant.now());
                for (int i = 0; i < size; i++) {
                    var p = names.person();
                    ids[i] = new UUID(0xbe4e, i);
                    people[i] = p;
                    if (reuse) continue;
                    var k = BlockingKeys.of(p);
                    insert.setObject(1, ids[i]);
                    insert.setString(2, "ML-BENCH-" + (i % 1000));
                    insert.setString(3, String.format("9%09d", i));
                    insert.setString(4, p.firstName());
                    insert.setString(5, p.fatherName());
                    insert.setString(6, p.grandfatherName());
                    insert.setString(7, p.familyName());
                    insert.setString(8, p.motherName());
                    insert.setDate(9, Date.valueOf(p.birthDate()));
                    insert.setInt(10, p.birthDate().getYear());
                    insert.setString(11, p.birthPlace());
                    insert.setString(12, "bench:" + i);
                    insert.setString(13, k.familyYear());
                    insert.setString(14, k.firstFather());
                    insert.setString(15, k.firstFamily());
                    insert.setString(16, k.fatherFamily());
                    insert.setString(17, k.fatherGrandfatherYear());
                    insert.setString(18, "bench");
                    insert.setString(19, "bench-" + i);
                    insert.setTimestamp(20, at);
                    insert.addBatch();
                    if (i % 5000 == 4999) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
                insert.executeBatch();
                c.commit();
            }
            try (var s = c.createStatement()) {
                s.execute("ANALYZE municipal_beneficiaries");
            }
            c.commit();
        }
        System.out.printf("load: %d register records with their keys in %.1f s%s%n", size, (System.nanoTime() - started) / 1e9,
                reuse ? " (already loaded: generated again, not inserted)" : "");

        // the new records, labelled: the even ones are a register person written again, the odd ones a relative
        var queries = new ArrayList<Person>(n);
        var sources = new ArrayList<UUID>(n);
        var random = new java.util.Random(7);
        for (int i = 0; i < n; i++) {
            int j = random.nextInt(size);
            var p = people[j];
            queries.add(i % 2 == 0 ? names.variant(p) : switch (i % 6) {
                case 1 -> names.sibling(p);
                case 3 -> names.cousin(p);
                default -> names.namesake(p);
            });
            sources.add(ids[j]);
        }
        var beneficiaries = new Beneficiaries(jdbc);
        var matching = new Matching(new MatchScorer(new MunicipalProperties.Matching(16, 11, 500)));
        var lookups = new ArrayList<String>();
        for (int i = 0; i < n; i++) lookups.add(String.format("9%09d", random.nextInt(size)));

        // warm-up of both, then both measured
        for (int i = 0; i < Math.min(500, n); i++) {
            matching.match(queries.get(i), beneficiaries.candidates(null, BlockingKeys.of(queries.get(i)), 500));
            jdbc.sql("SELECT id FROM municipal_beneficiaries WHERE national_id = :n").param("n", lookups.get(i)).query(UUID.class).optional();
        }
        long t0 = System.nanoTime();
        for (var id : lookups) {
            jdbc.sql("SELECT id FROM municipal_beneficiaries WHERE national_id = :n").param("n", id).query(UUID.class).optional();
        }
        double limitSeconds = (System.nanoTime() - t0) / 1e9;

        long candidates = 0;
        int tp = 0, fp = 0, fn = 0;
        long t1 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            var q = queries.get(i);
            var found = beneficiaries.candidates(null, BlockingKeys.of(q), 500);
            candidates += found.size();
            var matches = matching.match(q, found);
            boolean same = i % 2 == 0, hit = false;
            for (var m : matches) {
                if (same && m.id().equals(sources.get(i))) { tp++; hit = true; } else fp++;
            }
            if (same && !hit) fn++;
        }
        double oursSeconds = (System.nanoTime() - t1) / 1e9;
        System.gc();
        long heapMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
        double precision = tp / (double) Math.max(1, tp + fp), recall = tp / (double) Math.max(1, tp + fn);
        double ours = n / oursSeconds, limit = n / limitSeconds;
        System.out.printf("context: register %d, new records %d, %.1f candidates per record (never the whole register)%n",
                size, n, candidates / (double) n);
        System.out.printf("ours: %d records matched in %.1f s, %.0f records/s, heap after %d MB, precision %.4f recall %.4f (tp %d fp %d fn %d)%n",
                n, oursSeconds, ours, heapMb, precision, recall, tp, fp, fn);
        System.out.printf("limit: %d indexed national-ID lookups in %.1f s, %.0f lookups/s%n", n, limitSeconds, limit);
        System.out.printf("matching: %.0f records/s (%.2f of a plain indexed lookup %.0f lookups/s measured in the same run; precision %.3f recall %.3f on %d against %d)%n",
                ours, ours / limit, limit, precision, recall, n, size);
    }
}
