package org.nafitha.issuance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.errors.ErrorCode;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.issuance.DocumentStatus;
import org.nafitha.issuance.VerificationCode;
import java.util.Locale;

/**
 * A document the ministry issued, without its bytes. It guards its own withdrawal: only an
 * officer or head of the issuing department may revoke it, with a reason, and only while valid.
 */
public record IssuedDocument(UUID id, VerificationCode code, CaseReference caseReference, String serviceCode,
                             String department, String typeAr, String typeEn, String holderId, String holderNameAr,
                             String holderNameEn, LocalDate issuedOn, Instant issuedAt, DocumentStatus status,
                             @Nullable String statusReason) {

    public enum Refusal implements ErrorCode {
        NOT_AUTHORISED(403), REASON_REQUIRED(422), NOT_VALID(409);

        private final Definition definition;

        Refusal(int status) {
            this.definition = Definition.dashed(status, "issuance.revoke.refused.", name());
        }

        @Override
        public Definition definition() {
            return definition;
        }
    }

    /** Why {@code actor} may not revoke this document with {@code reason}, or null when they may. */
    public @Nullable Refusal refusalToRevoke(Actor actor, @Nullable String reason) {
        var authorised = (actor.has(Role.OFFICER) || actor.has(Role.HEAD)) && department.equals(actor.department());
        if (!authorised) return Refusal.NOT_AUTHORISED;
        if (reason == null || reason.isBlank()) return Refusal.REASON_REQUIRED;
        if (status != DocumentStatus.VALID) return Refusal.NOT_VALID;
        return null;
    }

    public String typeIn(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? typeAr : typeEn;
    }

    public String holderNameIn(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? holderNameAr : holderNameEn;
    }
}
