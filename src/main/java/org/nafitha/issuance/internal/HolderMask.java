package org.nafitha.issuance.internal;

/**
 * The holder's name as the public verification page shows it: the first name in full and only the
 * initial of every other part ({@code أحمد ب… ع… الز…}), enough to match a document in hand,
 * too little to learn a stranger's full name from a code.
 */
final class HolderMask {

    private HolderMask() {
    }

    static String mask(String name) {
        var parts = name.strip().split("\\s+");
        var masked = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            var part = parts[i];
            // the Arabic article is not an initial: "الزهراني" shows as "الز…"
            var keep = part.startsWith("ال") && part.length() > 2 ? 3 : 1;
            masked.append(' ').append(part, 0, Math.min(keep, part.length())).append('…');
        }
        return masked.toString();
    }
}
