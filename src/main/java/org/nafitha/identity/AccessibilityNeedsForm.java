package org.nafitha.identity;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.AccessibilityNeeds.Need;
import org.nafitha.identity.AccessibilityNeeds.Recorded;

/**
 * The needs form as posted: the ticked needs ({@code need}) and a note per need
 * ({@code note-<NEED>}); notes longer than {@link AccessibilityNeeds#NOTE_LENGTH} are refused, not cut.
 */
public record AccessibilityNeedsForm(Map<Need, String> needs, Map<Need, String> notes, Set<Need> tooLong) {

    public static AccessibilityNeedsForm read(@Nullable List<String> ticked, Map<String, String> params) {
        var needs = new EnumMap<Need, String>(Need.class);
        var notes = new EnumMap<Need, String>(Need.class);
        var tooLong = EnumSet.noneOf(Need.class);
        for (var need : Need.values()) {
            var note = params.getOrDefault("note-" + need.name(), "");
            notes.put(need, note);
            if (note.strip().length() > AccessibilityNeeds.NOTE_LENGTH) tooLong.add(need);
            if (ticked != null && ticked.contains(need.name())) needs.put(need, note);
        }
        return new AccessibilityNeedsForm(needs, notes, tooLong);
    }

    /** The form showing what is recorded now. */
    public static AccessibilityNeedsForm of(List<Recorded> recorded) {
        var needs = new EnumMap<Need, String>(Need.class);
        var notes = new EnumMap<Need, String>(Need.class);
        recorded.forEach(r -> {
            needs.put(r.need(), r.note() == null ? "" : r.note());
            notes.put(r.need(), r.note() == null ? "" : r.note());
        });
        return new AccessibilityNeedsForm(needs, notes, EnumSet.noneOf(Need.class));
    }

    public boolean ticked(String need) {
        return needs.containsKey(Need.valueOf(need));
    }

    public String note(String need) {
        return notes.getOrDefault(Need.valueOf(need), "");
    }

    public boolean tooLong(String need) {
        return tooLong.contains(Need.valueOf(need));
    }

    public List<Need> all() {
        return List.of(Need.values());
    }
}
