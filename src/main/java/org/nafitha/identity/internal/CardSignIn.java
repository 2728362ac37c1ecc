package org.nafitha.identity.internal;

import java.util.Locale;
import java.util.UUID;

import org.nafitha.identity.KioskSignIn;
import org.nafitha.identity.Role;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The kiosk's sign-in: the same codes, throttle, audit and session as the portal's. */
@Component
class CardSignIn implements KioskSignIn {

    private final Accounts accounts;
    private final SignInCompletion completion;
    private final OneTimeCodes codes;
    private final SignedInSessions sessions;

    CardSignIn(Accounts accounts, SignInCompletion completion, OneTimeCodes codes, SignedInSessions sessions) {
        this.accounts = accounts;
        this.completion = completion;
        this.codes = codes;
        this.sessions = sessions;
    }

    @Override
    public Started start(String nationalId) {
        var account = accounts.findByUsername(nationalId)
                .filter(u -> nationalId.equals(u.nationalId()) && u.enabled() && u.roles().contains(Role.APPLICANT));
        if (account.isEmpty()) {
            return new CodeSent(codes.issueUndelivered(nationalId, "", SignInCompletion.PURPOSE));
        }
        return switch (completion.start(account.get())) {
            case SignInCompletion.CodeSent sent -> new CodeSent(sent.challengeId());
            case SignInCompletion.Refused refused -> new Refused(refused.reason());
        };
    }

    @Override
    public Completed complete(UUID challenge, String code, HttpServletRequest request, HttpServletResponse response) {
        var result = completion.complete(challenge, code);
        if (result.user().isPresent()) {
            sessions.establish(result.user().get(), request, response);
            return new SignedIn();
        }
        if (!(result.check() instanceof OneTimeCodes.Failed failed)) return new Failed("UNKNOWN");
        return failed.problem() == OneTimeCodes.Problem.WRONG ? new WrongCode(failed.remainingAttempts())
                : new Failed(failed.problem().name().toUpperCase(Locale.ROOT));
    }
}
