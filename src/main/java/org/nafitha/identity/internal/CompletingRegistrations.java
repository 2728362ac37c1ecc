package org.nafitha.identity.internal;

import java.util.List;
import java.util.Set;

import org.nafitha.country.NationalId;
import org.nafitha.identity.Role;
import org.nafitha.identity.internal.Registrations.Draft;
import org.nafitha.registers.CivilRegister;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Self-registration's last step: the account created, once the mobile is proven and the password good. */
@Service
public class CompletingRegistrations {

    private final CivilRegister register;
    private final Accounts accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    CompletingRegistrations(CivilRegister register, Accounts accounts, PasswordPolicy policy, PasswordEncoder encoder,
                            AuditTrail audit) {
        this.register = register;
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** Creates the account; the empty list means done. */
    @Transactional
    public List<String> complete(Draft draft, String password, String confirmation) {
        if (!draft.mobileConfirmed()) return List.of("notConfirmed");
        if (!password.equals(confirmation)) return List.of("mismatch");
        var problems = policy.problems(draft.nationalId(), password);
        if (!problems.isEmpty()) return problems;
        if (accounts.exists(draft.nationalId())) return List.of("notConfirmed");
        var person = register.find(new NationalId(draft.nationalId())).orElseThrow();
        accounts.create(draft.nationalId(), draft.nationalId(), person.fullNameAr(), person.fullNameEn(),
                encoder.encode(password), Set.of(Role.APPLICANT), null, draft.msisdn());
        audit.record(new AuditEntry(draft.nationalId(), Role.APPLICANT.name(), "identity.register", draft.nationalId(),
                null, null));
        return List.of();
    }
}
