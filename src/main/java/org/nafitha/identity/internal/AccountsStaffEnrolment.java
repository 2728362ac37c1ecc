package org.nafitha.identity.internal;

import java.util.List;
import java.util.Set;

import org.nafitha.identity.Role;
import org.nafitha.identity.StaffEnrolment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

@Service
class AccountsStaffEnrolment implements StaffEnrolment {

    private final Accounts accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;

    AccountsStaffEnrolment(Accounts accounts, PasswordPolicy policy, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
    }

    @Override
    public boolean taken(String username) {
        return accounts.exists(username);
    }

    @Override
    public List<String> passwordProblems(String username, String password) {
        return policy.problems(username, password);
    }

    @Override
    public String hash(String password) {
        return encoder.encode(password);
    }

    @Override
    public boolean enrol(String username, String nameAr, String nameEn, Role role, String department, String mobile,
                         String passwordHash) {
        if (accounts.exists(username)) return false;
        try {
            accounts.create(username, null, nameAr, nameEn, passwordHash, Set.of(role), department, mobile);
            return true;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }
}
