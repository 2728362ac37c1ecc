package org.nafitha.identity.internal;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is signed in (for the header) without each controller asking. */
@ControllerAdvice(annotations = Controller.class)
class CurrentActorAdvice {

    @ModelAttribute("me")
    @Nullable
    Actor me() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof NafithaUser user
                ? user.toActor(LocaleContextHolder.getLocale()) : null;
    }
}
