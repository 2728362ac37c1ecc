package org.nafitha.notifications.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.nafitha.messaging.MailGateway;
import org.nafitha.messaging.MailMessage;
import org.nafitha.messaging.MailNotSent;
import org.nafitha.messaging.PushGateway;
import org.nafitha.messaging.PushMessage;
import org.nafitha.messaging.PushNotSent;
import org.nafitha.messaging.SmsGateway;
import org.nafitha.messaging.SmsNotSent;
import org.nafitha.messaging.TextMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import java.time.Duration;
import java.util.LinkedHashMap;

import tools.jackson.databind.json.JsonMapper;

/**
 * Sends what the listeners wrote, from the table, on any node: claim a batch (a lease, so a node
 * that dies mid-batch gives its rows back), hand each over, record the outcome. Each accepted SMS
 * part is recorded the moment the SMS centre answers, so a message once handed over is never
 * handed over again, even after a crash; a temporary failure waits with back-off, a permanent
 * one (a number that cannot exist) is marked failed at once, with its reason.
 *
 * <p>The hand-overs run on a fixed pool of platform threads, as many as the configured
 * concurrency: a virtual thread that loads a class pins its carrier, and with the jar's own lock
 * in the way that hung whole nodes (see {@code docs/operations/threads.md}).
 */
@Component
public class NotificationSender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);
    /** How long after submission a late receipt is still looked for on every round. */
    private static final Duration RECEIPT_WINDOW = Duration.ofHours(1);

    private final OutgoingMessages messages;
    private final SmsGateway sms;
    private final MailGateway mail;
    private final MailLayout layout;
    private final PushGateway push;
    private final Devices devices;
    private final JsonMapper json;
    private final NotificationsProperties properties;
    private final Clock clock;
    private final String owner = "sender-" + UUID.randomUUID().toString().substring(0, 8);
    private final ExecutorService senders;

    NotificationSender(OutgoingMessages messages, SmsGateway sms, MailGateway mail, MailLayout layout, PushGateway push,
                       Devices devices, JsonMapper json, NotificationsProperties properties, Clock clock) {
        this.messages = messages;
        this.sms = sms;
        this.mail = mail;
        this.layout = layout;
        this.push = push;
        this.devices = devices;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
        this.senders = Executors.newFixedThreadPool(Math.max(1, properties.concurrency()),
                Thread.ofPlatform().name("notify-", 1).daemon().factory());
    }

    @Override
    public void destroy() {
        senders.shutdown();
    }

    @Scheduled(fixedDelayString = "${nafitha.notifications.interval:1s}")
    void poll() {
        if (properties.enabled()) sendDue();
    }

    /** One round: everything due now, up to a batch. @return how many messages were tried */
    public int sendDue() {
        var now = clock.instant();
        messages.applyLateReceipts(now, now.minus(RECEIPT_WINDOW));
        var claim = messages.claim(owner, now, now.plus(properties.lease()), properties.batch());
        var sending = new ArrayList<Future<?>>();
        for (var message : claim.messages()) sending.add(senders.submit(() -> send(message, claim.lease())));
        for (var each : sending) {
            try {
                each.get();
            } catch (ExecutionException e) {
                log.warn("Sending a notification failed; its lease runs out and it is tried again", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return claim.messages().size();
    }

    private void send(OutgoingMessage message, String lease) {
        switch (message.channel()) {
            case SMS -> sendSms(message, lease);
            case EMAIL -> sendMail(message, lease);
            case PUSH -> sendPush(message, lease);
        }
    }

    private void sendSms(OutgoingMessage message, String lease) {
        if (messages.partsAccepted(message.id()) > 0) {
            // a sender died after the SMS centre took (some of) it: never hand it over twice
            messages.submitted(message.id(), lease, clock.instant());
            return;
        }
        try {
            sms.send(new TextMessage(message.address(), message.recipient(), message.body(),
                    "notification:" + message.templateKey()),
                    smscId -> messages.recordPart(message.id(), smscId, clock.instant()));
            messages.submitted(message.id(), lease, clock.instant());
        } catch (SmsNotSent e) {
            var partial = messages.partsAccepted(message.id());
            if (partial > 0) {
                messages.fail(message.id(), lease, "only " + partial + " parts accepted: " + e.reason());
            } else {
                refused(message, lease, e.temporary(), e.reason());
            }
        }
    }

    private void sendMail(OutgoingMessage message, String lease) {
        try {
            mail.send(new MailMessage(message.id() + "@nafitha", message.address(), message.recipient(),
                    message.subject() == null ? "" : message.subject(), message.body(), layout.html(message),
                    "notification:" + message.templateKey()));
            messages.submitted(message.id(), lease, clock.instant());
        } catch (MailNotSent e) {
            refused(message, lease, e.temporary(), e.getMessage());
        }
    }

    /**
     * What the device shows is the payload, encrypted to it: the text in the reader's language and
     * the reference it is about, so an app can open the case. A subscription the push service no
     * longer knows (it expired, or the person revoked it in the browser) removes the device.
     */
    private void sendPush(OutgoingMessage message, String lease) {
        var device = devices.find(UUID.fromString(message.address())).orElse(null);
        if (device == null) {
            messages.fail(message.id(), lease, "the device was removed");
            return;
        }
        var payload = new LinkedHashMap<String, String>();
        payload.put("body", message.body());
        payload.put("lang", message.language());
        payload.put("notification", message.templateKey());
        if (message.caseReference() != null) payload.put("reference", message.caseReference());
        try {
            push.send(new PushMessage(device.platform(), device.address(), device.p256dh(), device.auth(),
                    json.writeValueAsString(payload)));
            messages.submitted(message.id(), lease, clock.instant());
        } catch (PushNotSent e) {
            if (e.kind() == PushNotSent.Kind.GONE) {
                log.info("Device {} is no longer subscribed ({}); removed", device.id(), e.getMessage());
                devices.forget(device.id());
                messages.fail(message.id(), lease, e.getMessage());
            } else {
                refused(message, lease, e.kind() == PushNotSent.Kind.TEMPORARY, String.valueOf(e.getMessage()));
            }
        }
    }

    private void refused(OutgoingMessage message, String lease, boolean temporary, String reason) {
        if (temporary && message.attempts() < properties.maxAttempts()) {
            var next = clock.instant().plus(properties.backoffAfter(message.attempts()));
            log.info("Notification {} not sent ({}); next try at {}", message.id(), reason, next);
            messages.retryLater(message.id(), lease, next, reason);
        } else {
            log.warn("Notification {} failed for good: {}", message.id(), reason);
            messages.fail(message.id(), lease, reason);
        }
    }
}
