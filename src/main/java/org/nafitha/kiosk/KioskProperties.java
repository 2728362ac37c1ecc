package org.nafitha.kiosk;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param idleTimeout how long a kiosk session may stay untouched before the person is signed out
 *                    (server-side, whatever the screen's countdown shows); 60 seconds by default
 */
@ConfigurationProperties("nafitha.kiosk")
public record KioskProperties(Duration idleTimeout) {

    public KioskProperties {
        if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) idleTimeout = Duration.ofSeconds(60);
    }
}
