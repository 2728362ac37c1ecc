package org.nafitha.messaging.internal;

/** The user data header that lets a handset join the parts of a long SMS. */
final class ConcatenationHeader {

    private ConcatenationHeader() {
    }

    /** UDH for concatenated SMS: IEI 0x00 (8-bit reference), length 3, reference, total, sequence. */
    static byte[] before(byte[] part, int reference, int total, int sequence) {
        var out = new byte[part.length + 6];
        out[0] = 0x05;
        out[1] = 0x00;
        out[2] = 0x03;
        out[3] = (byte) reference;
        out[4] = (byte) total;
        out[5] = (byte) sequence;
        System.arraycopy(part, 0, out, 6, part.length);
        return out;
    }
}
