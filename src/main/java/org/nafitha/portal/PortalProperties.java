package org.nafitha.portal;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param popular      the services the home page shows first, most asked-for first (codes)
 * @param staffSectors catalogue sectors whose services are for the ministry's own staff: never shown
 *                     to the public, only to signed-in staff
 * @param designPage   whether the living style page {@code /design} is open to everyone (demo);
 *                     otherwise only staff see it
 * @param input        the size limits every request meets before any work is done
 */
@ConfigurationProperties("nafitha.portal")
public record PortalProperties(@Nullable List<String> popular, @Nullable List<String> staffSectors,
                               @Nullable Boolean designPage, @Nullable InputLimits input) {

    public PortalProperties {
        if (popular == null) popular = List.of("passport-renewal", "national-id-renewal", "driving-licence-renewal",
                "traffic-violations-inquiry", "exit-reentry-visa", "birth-certificate");
        if (staffSectors == null) staffSectors = List.of("internal");
        if (designPage == null) designPage = false;
        if (input == null) input = new InputLimits(null, null, null);
    }

    /**
     * One rule for every form parameter, query parameter and JSON string: a field may hold
     * {@code maxField} characters, or the number its name is given in {@code longFields} (free
     * text such as a message's body or a service definition; or fewer, for a column that holds
     * fewer, such as a username). Modules keep their own, tighter
     * limits with a field-level message (a catalogue field's {@code maxLength}); this rule is
     * the floor under all of them, so hostile input is refused before it reaches a module.
     *
     * @param maxBody    a request body that is not a multipart upload (those have their own limit)
     * @param maxField   characters in any field not named in {@code longFields}
     * @param longFields characters allowed in the fields named, more or fewer than {@code maxField}
     */
    public record InputLimits(@Nullable DataSize maxBody, @Nullable Integer maxField,
                              @Nullable Map<String, Integer> longFields) {

        private static final int MAX_NAME = 200;

        public InputLimits {
            if (maxBody == null) maxBody = DataSize.ofKilobytes(512);
            if (maxField == null) maxField = 4_000;
            if (longFields == null) longFields = Map.of("body", 20_000, "note", 20_000, "grounds", 20_000,
                    "reason", 20_000, "subject", 20_000, "request", 20_000, "text", 100_000,
                    "username", 128, "password", 128,
                    // searches answer an over-long query with their own message beside the field
                    "q", 20_000);
        }

        /** The most characters the field of this name may hold. */
        public int maxLength(@Nullable String field) {
            return field == null ? maxField : longFields.getOrDefault(field, maxField);
        }

        /** The first field too long (a name over {@value #MAX_NAME} characters: its first 40), or null when all fit. */
        public @Nullable String firstTooLong(Map<String, String[]> parameters) {
            for (var parameter : parameters.entrySet()) {
                var name = parameter.getKey();
                if (name.length() > MAX_NAME) return name.substring(0, 40);
                for (var value : parameter.getValue()) {
                    if (value != null && value.length() > maxLength(name)) return name;
                }
            }
            return null;
        }

        /** The longest any field may be: what the JSON parser refuses outright. */
        public int longest() {
            return longFields.values().stream().mapToInt(Integer::intValue).max().orElse(maxField);
        }
    }
}
