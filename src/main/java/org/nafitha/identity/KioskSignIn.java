package org.nafitha.identity;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sign-in at a self-service kiosk: the national ID read from the person's card stands in for the
 * username, and the usual SMS code to the registered mobile proves it is theirs (the card alone
 * does not: it may be someone else's). The session that results is an ordinary signed-in one;
 * the kiosk module marks it and keeps it short.
 */
public interface KioskSignIn {

    sealed interface Started permits CodeSent, Refused {
    }

    /**
     * A code is on its way. For an ID without an account the challenge exists all the same and no
     * code is sent, so that the kiosk does not tell who has an account.
     */
    record CodeSent(UUID challenge) implements Started {
    }

    /** {@code identity.signin.<reason>}: throttled or noMobile. */
    record Refused(String reason) implements Started {
    }

    /** @param nationalId the ID as read from the card, already checked against the country's format */
    Started start(String nationalId);

    sealed interface Completed permits SignedIn, WrongCode, Failed {
    }

    record SignedIn() implements Completed {
    }

    record WrongCode(int remainingAttempts) implements Completed {
    }

    /** The challenge is over: {@code identity.otp.<problem>} (EXPIRED, LOCKED, UNKNOWN). */
    record Failed(String problem) implements Completed {
    }

    /** Checks the code and, when right, makes the request's session a signed-in one under a new ID. */
    Completed complete(UUID challenge, String code, HttpServletRequest request, HttpServletResponse response);
}
