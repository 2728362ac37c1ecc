package org.nafitha.municipal.internal;

import java.time.Duration;

import org.nafitha.country.ArabicDigits;
import org.nafitha.municipal.MunicipalProperties;
import org.nafitha.operations.RateLimits;
import org.springframework.stereotype.Component;

/**
 * The public registration sends an SMS code to whatever number it is given: without a brake, a
 * script could make the ministry pay for texts to premium numbers (SMS pumping). Counted in the
 * shared database, so every node agrees: per client address and per mobile number, each hour.
 */
@Component
public class RegistrationThrottle {

    private final RateLimits limits;
    private final MunicipalProperties.Registrations properties;

    RegistrationThrottle(RateLimits limits, MunicipalProperties properties) {
        this.limits = limits;
        this.properties = properties.registrations();
    }

    /** Takes one registration for this address and number; false when either is over its hour's allowance. */
    public boolean allow(String address, String mobile) {
        var byAddress = limits.tryTake("municipal-registration|" + address, properties.perAddressPerHour(),
                Duration.ofHours(1));
        var digits = ArabicDigits.toLatin(mobile).replaceAll("\\D", "");
        var byMobile = digits.isEmpty()
                || limits.tryTake("municipal-registration-mobile|" + digits, properties.perMobilePerHour(), Duration.ofHours(1));
        return byAddress && byMobile;
    }
}
