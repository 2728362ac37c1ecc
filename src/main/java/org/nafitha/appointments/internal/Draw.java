package org.nafitha.appointments.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.util.TreeMap;

/**
 * The fair-release draw, as a pure function anyone can re-run: each request's place is
 * HMAC-SHA256(seed, person|service|slot), so the order depends on the seed and on who asked for
 * what, never on who arrived first; seats are then handed out in that order.
 */
public final class Draw {

    private Draw() {
    }

    public record Entry(UUID id, long slotId, String person, String serviceCode) {
    }

    /** The entries in the order the seed gives them. */
    public static List<Entry> order(String seed, Collection<Entry> entries) {
        var mac = mac(seed);
        var ranks = new HashMap<Entry, String>();
        for (var e : entries) {
            ranks.put(e, HexFormat.of().formatHex(mac.doFinal(
                    (e.person() + "|" + e.serviceCode() + "|" + e.slotId()).getBytes(StandardCharsets.UTF_8))));
        }
        return entries.stream()
                .sorted(Comparator.comparing((Entry e) -> ranks.get(e)).thenComparing(e -> e.id().toString()))
                .toList();
    }

    /** Who gets a seat, given the free seats of each slot when the window closed. */
    public static Set<UUID> allot(String seed, Collection<Entry> entries, Map<Long, Integer> freeSeats) {
        var left = new HashMap<>(freeSeats);
        var winners = new LinkedHashSet<UUID>();
        for (var e : order(seed, entries)) {
            int free = left.getOrDefault(e.slotId(), 0);
            if (free > 0) {
                left.put(e.slotId(), free - 1);
                winners.add(e.id());
            }
        }
        return winners;
    }

    /** "slot:free;slot:free", as recorded with the seed. */
    static String format(Map<Long, Integer> freeSeats) {
        var out = new StringBuilder();
        new TreeMap<>(freeSeats).forEach((slot, free) -> out.append(out.isEmpty() ? "" : ";").append(slot)
                .append(':').append(free));
        return out.toString();
    }

    static Map<Long, Integer> parse(String freeSeats) {
        var map = new HashMap<Long, Integer>();
        if (freeSeats.isBlank()) return map;
        for (var pair : freeSeats.split(";")) {
            var parts = pair.split(":");
            map.put(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
        }
        return map;
    }

    private static Mac mac(String seed) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(seed), "HmacSHA256"));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
