package org.nafitha.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.commons.codec.digest.DigestUtils;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The idempotency keys of submissions: each remembers the request's hash and the case it opened, held
 * by a unique key so that of two requests with one key only one opens a case.
 */
@Repository
class SubmissionKeys {

    private final JdbcClient jdbc;

    SubmissionKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String actor, String key, String hash, CaseReference reference, Instant at) {
        jdbc.sql("""
                        INSERT INTO idempotency_keys (actor, idempotency_key, request_hash, case_reference, created_at)
                        VALUES (:actor, :key, :hash, :ref, :at)""")
                .param("actor", actor).param("key", key).param("hash", hash)
                .param("ref", reference.value()).param("at", Timestamp.from(at))
                .update();
    }

    /** The case a key already opened, when the request is the same; {@code KeyReused} when it is not. */
    Optional<SubmissionOutcome> previous(String actor, String key, String hash) {
        return jdbc.sql("""
                        SELECT k.request_hash, k.case_reference, c.status FROM idempotency_keys k
                        JOIN cases c ON c.reference = k.case_reference
                        WHERE k.actor = :actor AND k.idempotency_key = :key""")
                .param("actor", actor).param("key", key)
                .query((rs, n) -> hash.equals(rs.getString(1))
                        ? (SubmissionOutcome) new SubmissionOutcome.Submitted(new CaseReference(rs.getString(2)),
                        rs.getString(3), true)
                        : new SubmissionOutcome.KeyReused())
                .optional();
    }

    /** The request as the key remembers it: service, person, channel, answers and documents. */
    static String requestHash(Submission submission) {
        var canonical = new StringBuilder(submission.serviceCode()).append('\u001d').append(submission.onBehalfOf());
        if (submission.channel() != Channel.ONLINE) {
            canonical.append('\u001d').append(submission.channel()).append(submission.womenSection());
        }
        new TreeMap<>(submission.input()).forEach((k, v) -> canonical.append('\u001f').append(k).append('=').append(v));
        new TreeMap<>(submission.documents()).forEach((k, v) -> canonical.append('\u001e').append(k).append('=').append(v));
        return DigestUtils.sha256Hex(canonical.toString());
    }
}
