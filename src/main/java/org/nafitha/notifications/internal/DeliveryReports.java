package org.nafitha.notifications.internal;

import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.ReentrantLock;

import org.nafitha.messaging.SmsDeliveryReported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Delivery receipts from the SMS centre. Each is answered only once it is committed: if recording
 * fails, the messaging module answers the centre with an error and the centre sends it again.
 * Receipts arriving together on the bind's reader threads are committed together (whoever holds
 * the lock writes everything queued meanwhile), so receipts cost a commit per batch, not per part.
 */
@Component
class DeliveryReports {

    private record Pending(SmsDeliveryReported report, CompletableFuture<Void> recorded) {
    }

    private final OutgoingMessages messages;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final ReentrantLock writing = new ReentrantLock();

    DeliveryReports(OutgoingMessages messages) {
        this.messages = messages;
    }

    @EventListener
    void on(SmsDeliveryReported report) {
        var pending = new Pending(report, new CompletableFuture<>());
        queue.add(pending);
        writing.lock();
        try {
            if (!pending.recorded().isDone()) writeQueued();
        } finally {
            writing.unlock();
        }
        pending.recorded().join();
    }

    private void writeQueued() {
        var batch = new ArrayList<Pending>();
        queue.drainTo(batch);
        try {
            messages.reportAll(batch.stream().map(Pending::report).toList());
            batch.forEach(p -> p.recorded().complete(null));
        } catch (RuntimeException e) {
            batch.forEach(p -> p.recorded().completeExceptionally(e));
        }
    }
}
