package org.nafitha.messaging;

import java.io.ByteArrayOutputStream;

/**
 * The GSM 03.38 default alphabet: which characters it holds, and each as one septet, or two for the
 * extension table's (an escape, then its code). Sent unpacked, a septet to a byte (data_coding 0).
 */
final class Gsm7Alphabet {

    /** GSM 03.38 basic alphabet, in code order (index = septet value); 0x1B is the escape. */
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "\f^{}\\[~]|€";
    private static final byte[] EXTENSION_CODES = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};

    private Gsm7Alphabet() {
    }

    static boolean holds(String text) {
        return text.chars().allMatch(c -> c != 0x1B && (BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0));
    }

    /** Septets as the network counts them: an extension character takes two. */
    static int septets(String text) {
        return text.chars().map(Gsm7Alphabet::septets).sum();
    }

    static int septets(int c) {
        return EXTENSION.indexOf(c) >= 0 ? 2 : 1;
    }

    static byte[] encode(String part) {
        var out = new ByteArrayOutputStream(part.length() + 8);
        part.chars().forEach(c -> {
            var basic = BASIC.indexOf(c);
            if (basic >= 0) {
                out.write(basic);
            } else {
                out.write(0x1B);
                out.write(EXTENSION_CODES[EXTENSION.indexOf(c)]);
            }
        });
        return out.toByteArray();
    }

    static String decode(byte[] bytes) {
        var out = new StringBuilder(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0x1B && i + 1 < bytes.length) {
                var code = bytes[++i];
                for (int e = 0; e < EXTENSION_CODES.length; e++) {
                    if (EXTENSION_CODES[e] == code) out.append(EXTENSION.charAt(e));
                }
            } else {
                out.append(BASIC.charAt(bytes[i] & 0x7F));
            }
        }
        return out.toString();
    }
}
