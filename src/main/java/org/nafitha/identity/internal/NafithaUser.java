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

/** The signed-in principal of a browser session. */
record NafithaUser(String username, @Nullable String nationalId, String nameAr, String nameEn,
                   String passwordHash, Set<Role> roles, @Nullable String department, boolean enabled)
        implements UserDetails {

    Actor toActor(Locale locale) {
        return new Actor(username, nationalId, "ar".equals(locale.getLanguage()) ? nameAr : nameEn, roles, department);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
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
        return new NafithaUser(username, nationalId, nameAr, nameEn, "", roles, department, enabled);
    }
}
