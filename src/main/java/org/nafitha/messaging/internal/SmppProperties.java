package org.nafitha.messaging.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator's SMS centre. Unset {@code host}: text messages go to the dev outbox instead.
 *
 * @param rate              at most this many submit_sm per second (the operator's contracted window)
 * @param enquireLink       keep-alive interval while bound
 * @param responseTimeout   how long to wait for a submit_sm_resp
 * @param rebindInterval    how often a lost bind is re-established in the background
 * @param partRetries       a throttled part of a long message is retried this often in place, so
 *                          the parts already sent are not repeated
 * @param partBackoff       first wait before such a retry, doubled each time
 * @param receiptThreads    threads reading PDUs off the bind: receipts are recorded in the
 *                          database while submit responses keep flowing on the others
 */
@ConfigurationProperties("nafitha.sms.smpp")
record SmppProperties(@Nullable String host, int port, String systemId, String password, String systemType,
                      String sourceAddress, int rate, Duration enquireLink, Duration responseTimeout,
                      Duration rebindInterval, int partRetries, Duration partBackoff,
                      int receiptThreads) {

    SmppProperties {
        if (port == 0) port = 2775;
        if (systemId == null) systemId = "nafitha";
        if (password == null) password = "";
        if (systemType == null) systemType = "";
        if (sourceAddress == null) sourceAddress = "Nafitha";
        if (rate <= 0) rate = 50;
        if (enquireLink == null) enquireLink = Duration.ofSeconds(30);
        if (responseTimeout == null) responseTimeout = Duration.ofSeconds(10);
        if (rebindInterval == null) rebindInterval = Duration.ofSeconds(5);
        if (partRetries <= 0) partRetries = 3;
        if (partBackoff == null) partBackoff = Duration.ofMillis(200);
        if (receiptThreads <= 0) receiptThreads = 8;
    }
}
