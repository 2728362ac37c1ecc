package org.nafitha.identity.internal;

import org.nafitha.messaging.SmsGateway;
import org.nafitha.messaging.SmsNotSent;
import org.nafitha.messaging.TextMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The SMS that carries a {@link OneTimeCodes} code: its wording, and its sending. */
@Component
class CodeMessages {

    // Logged under OneTimeCodes, the category operators already watch for codes not sent.
    private static final Logger log = LoggerFactory.getLogger(OneTimeCodes.class);

    private final SmsGateway sms;

    CodeMessages(SmsGateway sms) {
        this.sms = sms;
    }

    /**
     * Sends a code now. If the SMS centre cannot take it, the challenge stays and the person asks
     * for a new code in a minute; an error page would tell them nothing more.
     */
    void send(TextMessage message) {
        try {
            sms.send(message);
        } catch (SmsNotSent e) {
            log.warn("Sign-in code for {} not sent ({}): the person can ask again in a minute", message.account(), e.reason());
        }
    }

    static String text(String code) {
        return "نافذة: رمز التحقق " + code + " صالح ٥ دقائق. لا تشاركه مع أحد.\nNafitha code " + code;
    }
}
