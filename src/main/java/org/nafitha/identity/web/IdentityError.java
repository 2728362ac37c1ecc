package org.nafitha.identity.web;

import org.nafitha.errors.ErrorCode;

/**
 * Why the identity API refused a sign-in: each code is its message key, as published before this enum
 * ({@code identity.signin.<reason>}, {@code identity.otp.<problem>}).
 */
enum IdentityError implements ErrorCode {
    SIGNIN_FAILED(401, "identity.signin.failed"),
    /** Too many failed passwords, or too many codes sent within the hour. */
    SIGNIN_THROTTLED(429, "identity.signin.throttled"),
    SIGNIN_NO_MOBILE(403, "identity.signin.noMobile"),
    /** Message argument: the attempts left. */
    OTP_WRONG(401, "identity.otp.WRONG"),
    OTP_EXPIRED(401, "identity.otp.EXPIRED"),
    OTP_UNKNOWN(401, "identity.otp.UNKNOWN"),
    OTP_LOCKED(429, "identity.otp.LOCKED");

    private final Definition definition;

    IdentityError(int status, String messageKey) {
        this.definition = Definition.keyed(status, messageKey);
    }

    @Override
    public Definition definition() {
        return definition;
    }

    /** A refused start of sign-in, by {@code SignInCompletion.Refused}'s reason. */
    static IdentityError signInRefused(String reason) {
        return switch (reason) {
            case "throttled" -> SIGNIN_THROTTLED;
            case "noMobile" -> SIGNIN_NO_MOBILE;
            default -> throw new IllegalArgumentException("no refusal for sign-in reason " + reason);
        };
    }

    /** A wrong, expired, unknown or locked code, by {@code OneTimeCodes.Problem}'s name. */
    static IdentityError otp(String problem) {
        return valueOf("OTP_" + problem);
    }
}
