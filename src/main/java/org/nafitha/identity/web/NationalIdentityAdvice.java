package org.nafitha.identity.web;

import org.nafitha.identity.internal.*;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The sign-in page offers the national identity provider only when one is configured. */
@ControllerAdvice(assignableTypes = SignInController.class)
class NationalIdentityAdvice {

    private final boolean enabled;

    NationalIdentityAdvice(ObjectProvider<ClientRegistrationRepository> providers) {
        this.enabled = providers.getIfAvailable() != null;
    }

    @ModelAttribute("nationalIdentity")
    boolean nationalIdentity() {
        return enabled;
    }
}
