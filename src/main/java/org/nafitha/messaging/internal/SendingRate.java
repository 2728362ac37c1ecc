package org.nafitha.messaging.internal;

import java.util.ArrayDeque;
import java.util.concurrent.locks.LockSupport;

/**
 * At most {@code perSecond} sends in any one-second window, across threads on this node — what
 * operators contract as "messages per second". A caller over the limit waits for the window.
 */
final class SendingRate {

    private static final long WINDOW = 1_000_000_000L;

    private final int perSecond;
    private final ArrayDeque<Long> recent;

    SendingRate(int perSecond) {
        this.perSecond = perSecond;
        this.recent = new ArrayDeque<>(perSecond);
    }

    void acquire() {
        while (true) {
            long wait;
            synchronized (this) {
                var now = System.nanoTime();
                while (!recent.isEmpty() && now - recent.peekFirst() >= WINDOW) recent.pollFirst();
                if (recent.size() < perSecond) {
                    recent.addLast(now);
                    return;
                }
                wait = WINDOW - (now - recent.peekFirst());
            }
            LockSupport.parkNanos(wait);
        }
    }
}
