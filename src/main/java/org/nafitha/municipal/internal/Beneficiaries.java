package org.nafitha.municipal.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.municipal.MatchDecision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register of beneficiaries across all municipalities, and what the matcher found for each. */
@Repository
public class Beneficiaries {

    public record Beneficiary(UUID id, String municipality, Person person, String filedBy, Instant filedAt) {
    }

    public record StoredMatch(UUID candidate, double score, MatchDecision decision, String explanation) {
    }

    private final JdbcClient jdbc;

    public Beneficiaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Fails with a duplicate key when the municipality already has this person, or the key was used. */
    void insert(Beneficiary b, String identityKey, String idempotencyKey) {
        var p = b.person();
        var keys = BlockingKeys.of(p);
        jdbc.sql("""
                        INSERT INTO municipal_beneficiaries (id, municipality, national_id, first_name, father_name,
                            grandfather_name, family_name, mother_name, birth_date, birth_year, birth_place, identity_key,
                            bk_family_year, bk_first_father, bk_first_family, bk_father_family, bk_lineage,
                            filed_by, idempotency_key, filed_at)
                        VALUES (:id, :m, :nid, :first, :father, :grandfather, :family, :mother, :date, :year, :place, :ik,
                            :k1, :k2, :k3, :k4, :k5, :by, :key, :at)""")
                .param("id", b.id()).param("m", b.municipality()).param("nid", p.nationalId())
                .param("first", p.firstName()).param("father", p.fatherName()).param("grandfather", p.grandfatherName())
                .param("family", p.familyName()).param("mother", p.motherName())
                .param("date", p.birthDate() == null ? null : Date.valueOf(p.birthDate()))
                .param("year", p.year()).param("place", p.birthPlace()).param("ik", identityKey)
                .param("k1", keys.familyYear()).param("k2", keys.firstFather()).param("k3", keys.firstFamily())
                .param("k4", keys.fatherFamily()).param("k5", keys.fatherGrandfatherYear())
                .param("by", b.filedBy()).param("key", idempotencyKey).param("at", Timestamp.from(b.filedAt())).update();
    }

    void insertMatches(UUID beneficiary, List<Matching.Match> matches) {
        for (var m : matches) {
            jdbc.sql("""
                            INSERT INTO municipal_beneficiary_matches (beneficiary_id, candidate_id, score, decision, explanation)
                            VALUES (:b, :c, :s, :d, :e)""")
                    .param("b", beneficiary).param("c", m.id()).param("s", m.score().total())
                    .param("d", m.score().decision().name()).param("e", m.score().explanation()).update();
        }
    }

    /**
     * The records sharing the national ID or one of the blocking keys (an indexed OR, never a scan),
     * at most {@code limit}. The same person's record in another municipality is among them. When a
     * common name fills more than the limit, the records sharing the selective keys (with the birth
     * year and more than one name) come first: the blocks of first or father + family alone go last.
     */
    public List<Matching.Candidate> candidates(@Nullable String nationalId, BlockingKeys keys, int limit) {
        return jdbc.sql("SELECT " + BeneficiaryRows.COLUMNS + """
                         FROM municipal_beneficiaries
                        WHERE national_id = :nid OR bk_family_year = :k1 OR bk_first_father = :k2 OR bk_first_family = :k3
                           OR bk_father_family = :k4 OR bk_lineage = :k5
                        ORDER BY CASE WHEN national_id = :nid OR bk_lineage = :k5 OR bk_first_father = :k2 THEN 0
                                      WHEN bk_family_year = :k1 THEN 1 ELSE 2 END, id
                        FETCH FIRST :limit ROWS ONLY""")
                .param("nid", nationalId).param("k1", keys.familyYear()).param("k2", keys.firstFather())
                .param("k3", keys.firstFamily()).param("k4", keys.fatherFamily()).param("k5", keys.fatherGrandfatherYear())
                .param("limit", limit)
                .query((rs, n) -> new Matching.Candidate(rs.getObject("id", UUID.class), BeneficiaryRows.beneficiary(rs).person())).list();
    }

    public Optional<Beneficiary> find(UUID id) {
        return jdbc.sql("SELECT " + BeneficiaryRows.COLUMNS + " FROM municipal_beneficiaries WHERE id = :id").param("id", id)
                .query((rs, n) -> BeneficiaryRows.beneficiary(rs)).optional();
    }

    Optional<UUID> byIdempotencyKey(String filedBy, String key) {
        return jdbc.sql("SELECT id FROM municipal_beneficiaries WHERE filed_by = :by AND idempotency_key = :key")
                .param("by", filedBy).param("key", key).query(UUID.class).optional();
    }

    Optional<UUID> byIdentity(String municipality, String identityKey) {
        return jdbc.sql("SELECT id FROM municipal_beneficiaries WHERE municipality = :m AND identity_key = :ik")
                .param("m", municipality).param("ik", identityKey).query(UUID.class).optional();
    }

    public List<StoredMatch> matchesOf(UUID beneficiary) {
        return jdbc.sql("""
                        SELECT candidate_id, score, decision, explanation FROM municipal_beneficiary_matches
                        WHERE beneficiary_id = :b ORDER BY score DESC, candidate_id""")
                .param("b", beneficiary)
                .query((rs, n) -> new StoredMatch(rs.getObject(1, UUID.class), rs.getBigDecimal(2).doubleValue(),
                        MatchDecision.valueOf(rs.getString(3)), rs.getString(4))).list();
    }
}
