package org.nafitha.municipal.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.codec.digest.DigestUtils;
import org.jspecify.annotations.Nullable;
import org.nafitha.country.NationalIds;
import org.nafitha.country.PhoneNumbers;
import org.nafitha.documents.Documents;
import org.nafitha.documents.Upload;
import org.nafitha.documents.UploadOutcome;
import org.nafitha.identity.Role;
import org.nafitha.identity.StaffEnrolment;
import org.nafitha.messaging.SmsGateway;
import org.nafitha.messaging.TextMessage;
import org.nafitha.municipal.FieldProblem;
import org.nafitha.municipal.MunicipalError;
import org.nafitha.municipal.NewRegistration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import java.time.Instant;
import org.nafitha.country.ArabicDigits;

/**
 * An official or a mukhtar registers: checked field by field, the decree stored through the
 * documents module, a six-digit code sent by SMS to the mobile given. Proving the code puts the
 * registration in municipal affairs' queue. Identity's one-time codes are not part of its public
 * API, so the code is this module's own: kept as a hash, valid ten minutes, five tries.
 */
@Service
public class Registering {

    public sealed interface Outcome permits Registered, Refused {
    }

    public record Registered(UUID id) implements Outcome {
    }

    public record Refused(List<FieldProblem> problems) implements Outcome {
    }

    static final Duration CODE_VALID = Duration.ofMinutes(10);
    static final int CODE_TRIES = 5;
    private static final long DECREE_MAX = 5 * 1024 * 1024;
    private static final List<String> DECREE_TYPES = List.of("application/pdf", "image/jpeg", "image/png");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final NationalIds nationalIds;
    private final PhoneNumbers phones;
    private final StaffEnrolment enrolment;
    private final Documents documents;
    private final SmsGateway sms;
    private final Clock clock;

    Registering(JdbcClient jdbc, Organisations organisations, NationalIds nationalIds, PhoneNumbers phones,
                StaffEnrolment enrolment, Documents documents, SmsGateway sms, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.nationalIds = nationalIds;
        this.phones = phones;
        this.enrolment = enrolment;
        this.documents = documents;
        this.sms = sms;
        this.clock = clock;
    }

    @Transactional
    public Outcome register(NewRegistration r) {
        var problems = new ArrayList<FieldProblem>();
        if (blank(r.municipality()) || organisations.municipality(r.municipality()).isEmpty()) {
            problems.add(new FieldProblem("municipality", MunicipalError.MUNICIPALITY_UNKNOWN));
        }
        if (!"MUNICIPAL_STAFF".equals(r.role()) && !"MUKHTAR".equals(r.role())) problems.add(new FieldProblem("role", MunicipalError.ROLE_INVALID));
        if (blank(r.position()) || r.position().length() > 80) problems.add(new FieldProblem("position", MunicipalError.POSITION_REQUIRED));
        if (blank(r.officialName()) || r.officialName().length() > 120) {
            problems.add(new FieldProblem("officialName", MunicipalError.OFFICIAL_NAME_REQUIRED));
        }
        var nationalId = blank(r.nationalId()) ? null : nationalIds.check(r.nationalId()) instanceof NationalIds.Valid v ? v.id().value() : null;
        if (nationalId == null) problems.add(new FieldProblem("nationalId", MunicipalError.NATIONAL_ID_INVALID));
        var mobile = blank(r.mobile()) ? null : phones.normalise(r.mobile()).orElse(null);
        if (mobile == null) problems.add(new FieldProblem("mobile", MunicipalError.MOBILE_INVALID));
        if (blank(r.username()) || !r.username().matches("[a-z][a-z0-9.-]{3,39}")) {
            problems.add(new FieldProblem("username", MunicipalError.USERNAME_INVALID));
        } else if (enrolment.taken(r.username()) || usernameRegistered(r.username())) {
            problems.add(new FieldProblem("username", MunicipalError.USERNAME_TAKEN));
        }
        if (blank(r.password()) || !enrolment.passwordProblems(String.valueOf(r.username()), r.password()).isEmpty()) {
            problems.add(new FieldProblem("password", MunicipalError.PASSWORD_WEAK));
        }
        if (r.decree() == null || r.decree().length == 0) problems.add(new FieldProblem("decree", MunicipalError.DOCUMENT_REQUIRED));
        if (!problems.isEmpty()) return new Refused(problems);

        var stored = documents.store(new Upload("municipal-decree", blank(r.decreeName()) ? "decree" : r.decreeName(),
                r.decree(), nationalId, "registration:" + r.username(), DECREE_TYPES, DECREE_MAX));
        if (!(stored instanceof UploadOutcome.Stored document)) {
            return new Refused(List.of(new FieldProblem("decree", MunicipalError.DOCUMENT_REFUSED)));
        }
        var id = UUID.randomUUID();
        var code = code();
        try {
            jdbc.sql("""
                            INSERT INTO municipal_registrations (id, municipality, role, position, official_name, national_id,
                                mobile, username, password_hash, decree_document, status, code_hash, code_expires_at,
                                code_attempts, registered_at)
                            VALUES (:id, :m, :role, :position, :name, :nid, :mobile, :u, :hash, :doc, 'PHONE_UNPROVEN', :code,
                                :expires, 0, :at)""")
                    .param("id", id).param("m", r.municipality()).param("role", r.role()).param("position", r.position().strip())
                    .param("name", r.officialName().strip()).param("nid", nationalId).param("mobile", mobile)
                    .param("u", r.username()).param("hash", enrolment.hash(r.password()))
                    .param("doc", document.document().id()).param("code", hash(id, code))
                    .param("expires", Timestamp.from(clock.instant().plus(CODE_VALID)))
                    .param("at", Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException sameUsernameMeanwhile) {
            // a double click: the other request registered this username a moment ago
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new Refused(List.of(new FieldProblem("username", MunicipalError.USERNAME_TAKEN)));
        }
        sms.send(new TextMessage(mobile, mobile, "رمز التحقق لتسجيلكم في المنصة البلدية: " + code + " — Nafitha municipal registration code",
                "municipal-registration-code"));
        return new Registered(id);
    }

    /** The code sent by SMS: right, the registration goes to the queue; wrong, one try fewer. */
    @Transactional
    public @Nullable MunicipalError proveMobile(UUID id, String code) {
        var row = jdbc.sql("""
                        SELECT code_hash, code_expires_at, code_attempts FROM municipal_registrations
                        WHERE id = :id AND status = 'PHONE_UNPROVEN'""")
                .param("id", id).query((rs, n) -> new Object[]{rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getInt(3)})
                .optional();
        if (row.isEmpty()) return MunicipalError.NOT_AWAITING_CODE;
        var values = row.get();
        if (clock.instant().isAfter((Instant) values[1]) || (int) values[2] >= CODE_TRIES) return MunicipalError.CODE_EXPIRED;
        var digits = ArabicDigits.toLatin(code == null ? "" : code.strip());
        if (!hash(id, digits).equals(values[0])) {
            jdbc.sql("UPDATE municipal_registrations SET code_attempts = code_attempts + 1 WHERE id = :id").param("id", id).update();
            return MunicipalError.CODE_WRONG;
        }
        var proven = jdbc.sql("""
                        UPDATE municipal_registrations SET status = 'SUBMITTED', code_hash = NULL
                        WHERE id = :id AND status = 'PHONE_UNPROVEN'""").param("id", id).update();
        return proven == 1 ? null : MunicipalError.NOT_AWAITING_CODE;
    }

    /**
     * The registration this one repeats, if any: same username, national ID and mobile, still
     * waiting for its code and made in the last ten minutes — a form sent twice (a double click,
     * the back button), which should lead to the code already sent rather than to "username taken".
     */
    public Optional<UUID> repeated(NewRegistration r) {
        if (blank(r.username()) || blank(r.nationalId()) || blank(r.mobile())) return Optional.empty();
        var nationalId = nationalIds.check(r.nationalId()) instanceof NationalIds.Valid v ? v.id().value() : null;
        var mobile = phones.normalise(r.mobile()).orElse(null);
        if (nationalId == null || mobile == null) return Optional.empty();
        return jdbc.sql("""
                        SELECT id FROM municipal_registrations WHERE username = :u AND national_id = :nid AND mobile = :mobile
                            AND status = 'PHONE_UNPROVEN' AND registered_at >= :since""")
                .param("u", r.username()).param("nid", nationalId).param("mobile", mobile)
                .param("since", Timestamp.from(clock.instant().minus(CODE_VALID))).query(UUID.class).optional();
    }

    private boolean usernameRegistered(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM municipal_registrations WHERE username = :u").param("u", username)
                .query(Long.class).single() > 0;
    }

    private static String code() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    private static String hash(UUID id, String code) {
        return DigestUtils.sha256Hex((id + ":" + code).getBytes(StandardCharsets.UTF_8));
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    static Role role(String name) {
        return Role.valueOf(name);
    }
}
