package org.nafitha.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

public enum FieldType {
    @JsonProperty("text") TEXT,
    @JsonProperty("number") NUMBER,
    @JsonProperty("date") DATE,
    @JsonProperty("select") SELECT,
    @JsonProperty("nationalId") NATIONAL_ID,
    @JsonProperty("phone") PHONE,
    @JsonProperty("email") EMAIL,
    @JsonProperty("file") FILE;

    /** The name used in service files and the API. */
    public String apiName() {
        return switch (this) {
            case NATIONAL_ID -> "nationalId";
            default -> name().toLowerCase(Locale.ROOT);
        };
    }
}
