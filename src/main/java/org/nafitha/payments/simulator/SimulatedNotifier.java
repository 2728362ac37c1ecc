package org.nafitha.payments.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.nafitha.payments.PaymentsProperties;
import org.nafitha.payments.internal.NotificationSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends the simulated acquirer's notifications as a real one does: after the outcome, from its own
 * thread, signed with the shared key, retried a few times when the merchant does not answer 2xx —
 * and, for the test cards that ask for it, lost or sent twice.
 */
@Component
@ConditionalOnProperty(prefix = "nafitha.payments", name = "simulator", havingValue = "true")
class SimulatedNotifier implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SimulatedNotifier.class);
    private static final int ATTEMPTS = 4;

    private final PaymentsProperties properties;
    private final Clock clock;
    private final RestClient http = RestClient.create();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        var t = new Thread(r, "gateway-simulator-notifier");
        t.setDaemon(true);
        return t;
    });

    SimulatedNotifier(PaymentsProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    void outcome(SimulatedPayment p, SimulatedAcquirer.Delivery delivery) {
        if (delivery == SimulatedAcquirer.Delivery.LOST) return;
        var body = body(p);
        sender.schedule(() -> send(p.notifyUrl, body, 1), 50, TimeUnit.MILLISECONDS);
        if (delivery == SimulatedAcquirer.Delivery.TWICE) {
            // The same notification again (a retry whose first answer was lost), then the outcome
            // once more under another notification ID (a second event for the same payment).
            sender.schedule(() -> send(p.notifyUrl, body, 1), 200, TimeUnit.MILLISECONDS);
            sender.schedule(() -> send(p.notifyUrl, body(p), 1), 350, TimeUnit.MILLISECONDS);
        }
    }

    private static String body(SimulatedPayment p) {
        return """
                {"notificationId":"%s","merchantReference":"%s","paymentId":"%s","status":"%s","amountMinor":%d,"currency":"%s"}"""
                .formatted("ntf_" + UUID.randomUUID(), p.merchantReference, p.id, p.status, p.amountMinor, p.currency);
    }

    private void send(String url, String body, int attempt) {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        var timestamp = String.valueOf(clock.instant().getEpochSecond());
        try {
            http.post().uri(url).contentType(MediaType.APPLICATION_JSON)
                    .header(NotificationSignature.TIMESTAMP, timestamp)
                    .header(NotificationSignature.SIGNATURE,
                            NotificationSignature.sign(properties.notificationKey(), timestamp, bytes))
                    .body(bytes).retrieve().toBodilessEntity();
        } catch (RestClientException e) {
            if (attempt >= ATTEMPTS) {
                log.warn("Simulated gateway gives up notifying {} after {} attempts: {}", url, attempt, e.getMessage());
                return;
            }
            sender.schedule(() -> send(url, body, attempt + 1), 500L * attempt, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void destroy() {
        sender.shutdownNow();
    }
}
