package org.nafitha.kiosk;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads the national ID from the card a person puts into the kiosk's reader. The demo adapter
 * takes what the person typed on the screen's keyboard; a centre's adapter reads its card
 * middleware instead and replaces it as the one bean of this type.
 */
public interface CardReader {

    /** The ID on the card presented with this request, as read (digits not yet checked); empty when none. */
    Optional<String> nationalId(HttpServletRequest request);
}
