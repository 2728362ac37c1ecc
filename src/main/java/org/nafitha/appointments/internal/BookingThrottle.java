package org.nafitha.appointments.internal;

import java.time.Duration;

import org.nafitha.appointments.AppointmentsProperties;
import org.nafitha.operations.RateLimits;
import org.springframework.stereotype.Component;

/**
 * Booking attempts per account and per client address, refilled evenly over a minute, so a script
 * cannot hammer the release. Counted in the shared database: every node of a cluster sees the
 * same count. The seat itself is always decided by the database.
 */
@Component
public class BookingThrottle {

    private final RateLimits limits;
    private final AppointmentsProperties properties;

    BookingThrottle(AppointmentsProperties properties, RateLimits limits) {
        this.properties = properties;
        this.limits = limits;
    }

    /** Counts one attempt. @return false when the account or the address is over its limit */
    public boolean allow(String account, String address) {
        var byAccount = limits.tryTake("booking-account|" + account, properties.perAccount(), Duration.ofMinutes(1));
        var byAddress = limits.tryTake("booking-address|" + address, properties.perAddress(), Duration.ofMinutes(1));
        return byAccount && byAddress;
    }
}
