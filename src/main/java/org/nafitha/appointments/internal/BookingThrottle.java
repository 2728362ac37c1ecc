package org.nafitha.appointments.internal;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

import org.nafitha.appointments.AppointmentsProperties;
import org.springframework.stereotype.Component;

/**
 * Booking attempts per account and per client address in the current minute, so a script cannot
 * hammer the release. Counted per node: with n nodes a client gets at most n times the limit,
 * which still stops bulk grabbing; the seat itself is always decided by the database.
 */
@Component
public class BookingThrottle {

    private record Window(long minute, int count) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final AppointmentsProperties properties;
    private final Clock clock;

    BookingThrottle(AppointmentsProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts one attempt. @return false when the account or the address is over its limit */
    public boolean allow(String account, String address) {
        var minute = clock.millis() / 60_000;
        if (windows.size() > 100_000) windows.entrySet().removeIf(e -> e.getValue().minute() < minute);
        var byAccount = count("a|" + account, minute);
        var byAddress = count("i|" + address, minute);
        return byAccount <= properties.perAccount() && byAddress <= properties.perAddress();
    }

    private int count(String key, long minute) {
        return windows.merge(key, new Window(minute, 1),
                (old, one) -> old.minute() == minute ? new Window(minute, old.count() + 1) : one).count();
    }
}
