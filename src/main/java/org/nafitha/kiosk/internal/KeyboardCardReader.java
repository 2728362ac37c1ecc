package org.nafitha.kiosk.internal;

import java.util.Optional;

import org.nafitha.kiosk.CardReader;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

/** The demo's card reader: the ID number typed on the kiosk's screen (form field {@code nationalId}). */
@Component
class KeyboardCardReader implements CardReader {

    @Override
    public Optional<String> nationalId(HttpServletRequest request) {
        var typed = request.getParameter("nationalId");
        return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(typed);
    }
}
