package org.nafitha.identity.internal;

import org.jspecify.annotations.Nullable;
import java.util.Optional;

import org.nafitha.identity.Actor;
import org.nafitha.identity.CurrentActor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.nafitha.identity.PageModel;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.jwt.Jwt;

/** Every page knows who is signed in (for the header) without each controller asking. */
@Component
class SignedInActor implements CurrentActor, PageModel {

    @Override
    public void addTo(ModelMap model, HttpServletRequest request) {
        model.addAttribute("me", get().orElse(null));
    }

    @Override
    public Optional<Actor> get() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        var locale = LocaleContextHolder.getLocale();
        if (NafithaUser.fullySignedIn(auth) && auth.getPrincipal() instanceof NafithaUser user) {
            return Optional.of(user.toActor(locale));
        }
        if (auth != null && auth.getPrincipal() instanceof Jwt jwt) {
            return Optional.of(ApiTokens.toActor(jwt, locale));
        }
        return Optional.empty();
    }
}
