package org.nafitha.messaging.internal;

import org.nafitha.messaging.SmsNotSent;

/** What an SMPP command_status in a negative submit_sm_resp means for trying again. */
final class SmppStatus {

    static final int ESME_RINVDSTADR = 0x0B;
    static final int ESME_RINVSRCADR = 0x0A;
    static final int ESME_RINVDSTTON = 0x50;
    static final int ESME_RINVDSTNPI = 0x51;
    static final int ESME_RMSGQFUL = 0x14;
    static final int ESME_RTHROTTLED = 0x58;
    static final int ESME_RSYSERR = 0x08;

    private SmppStatus() {
    }

    static SmsNotSent refusal(int status) {
        return switch (status) {
            case ESME_RINVDSTADR, ESME_RINVDSTTON, ESME_RINVDSTNPI ->
                    new SmsNotSent("SMS centre refused the destination number (ESME_RINVDSTADR)", false);
            case ESME_RINVSRCADR -> new SmsNotSent("SMS centre refused the sender name (ESME_RINVSRCADR)", false);
            case ESME_RTHROTTLED -> new SmsNotSent("SMS centre throttled the sending (ESME_RTHROTTLED)", true);
            case ESME_RMSGQFUL -> new SmsNotSent("SMS centre queue full (ESME_RMSGQFUL)", true);
            default -> new SmsNotSent("SMS centre refused the message, status 0x%02X".formatted(status), true);
        };
    }
}
