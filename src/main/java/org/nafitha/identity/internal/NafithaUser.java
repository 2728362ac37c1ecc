package org.nafitha.identity.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import java.util.ArrayList;

/** The signed-in principal of a browser session. */
public record NafithaUser(String username, @Nullable String nationalId, String nameAr, String nameEn,
                   String passwordHash, Set<Role> roles, @Nullable String department, @Nullable String mobile,
                   boolean enabled)
        implements UserDetails {

    /** Held once both the password and the SMS code were right. */
    static final String SIGNED_IN = "SIGNED_IN";
    /** Held between a right password and the SMS code: enough only for the code page. */
    static final String CODE_PENDING = "SIGN_IN_CODE_PENDING";

    static boolean fullySignedIn(org.springframework.security.core.@Nullable Authentication auth) {
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> SIGNED_IN.equals(a.getAuthority()));
    }

    Actor toActor(Locale locale) {
        return new Actor(username, nationalId, "ar".equals(locale.getLanguage()) ? nameAr : nameEn, roles, department);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        var authorities = new ArrayList<GrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority(SIGNED_IN));
        roles.forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The hash never leaves the sign-in step: sessions keep a copy without it. */
    NafithaUser withoutPassword() {
        return new NafithaUser(username, nationalId, nameAr, nameEn, "", roles, department, mobile, enabled);
    }
}
