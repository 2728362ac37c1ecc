package org.nafitha.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How a text travels as SMS: in the GSM 7-bit alphabet when every character is in it (160 per
 * message, 153 per part of a long one), otherwise in UCS-2 (70, or 67 per part) — which is
 * always the case for Arabic. Parts of a long message are later joined by the handset using the
 * concatenation header the gateway adds.
 *
 * <p>jSMPP's {@code LongSMS.splitMessage8Bit} cuts every 133 bytes, which splits a UCS-2
 * character in two; hence this small splitter that cuts on characters.
 */
public record SmsText(Encoding encoding, List<String> parts) {

    public enum Encoding {
        GSM_7(160, 153), UCS_2(70, 67);

        public final int single;
        public final int perPart;

        Encoding(int single, int perPart) {
            this.single = single;
            this.perPart = perPart;
        }
    }

    public SmsText {
        parts = List.copyOf(parts);
    }

    public static SmsText of(String text) {
        return isGsm7(text) ? new SmsText(Encoding.GSM_7, splitGsm7(text)) : new SmsText(Encoding.UCS_2, splitUcs2(text));
    }

    public int segments() {
        return parts.size();
    }

    /** Characters as the network counts them (an extension character takes two GSM septets). */
    public int length() {
        return parts.stream().mapToInt(p -> encoding == Encoding.GSM_7 ? Gsm7Alphabet.septets(p) : p.length()).sum();
    }

    public static boolean isGsm7(String text) {
        return Gsm7Alphabet.holds(text);
    }

    /** A part as bytes for data_coding 0 (GSM default alphabet, unpacked) or 8 (UCS-2). */
    public byte[] bytes(String part) {
        if (encoding == Encoding.UCS_2) return part.getBytes(StandardCharsets.UTF_16BE);
        return Gsm7Alphabet.encode(part);
    }

    /** The inverse of {@link #bytes}, as a test's SMS centre or a handset reads it. */
    public static String decode(byte[] bytes, Encoding encoding) {
        if (encoding == Encoding.UCS_2) return new String(bytes, StandardCharsets.UTF_16BE);
        return Gsm7Alphabet.decode(bytes);
    }

    private static List<String> splitGsm7(String text) {
        if (Gsm7Alphabet.septets(text) <= Encoding.GSM_7.single) return List.of(text);
        var parts = new ArrayList<String>();
        var part = new StringBuilder();
        var used = 0;
        for (var c : text.toCharArray()) {
            var cost = Gsm7Alphabet.septets(c);
            if (used + cost > Encoding.GSM_7.perPart) {
                parts.add(part.toString());
                part.setLength(0);
                used = 0;
            }
            part.append(c);
            used += cost;
        }
        parts.add(part.toString());
        return parts;
    }

    private static List<String> splitUcs2(String text) {
        if (text.length() <= Encoding.UCS_2.single) return List.of(text);
        var parts = new ArrayList<String>();
        var start = 0;
        while (start < text.length()) {
            var end = Math.min(start + Encoding.UCS_2.perPart, text.length());
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) end--;
            parts.add(text.substring(start, end));
            start = end;
        }
        return parts;
    }
}
