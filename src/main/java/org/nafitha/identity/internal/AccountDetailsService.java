package org.nafitha.identity.internal;

import org.nafitha.country.ArabicDigits;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import java.util.Locale;

@Service
class AccountDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }

    /** People type their ID in Arabic-Indic digits too; usernames of staff are case-insensitive. */
    static String normalise(String username) {
        return ArabicDigits.toLatin(username).strip().toLowerCase(Locale.ROOT);
    }
}
