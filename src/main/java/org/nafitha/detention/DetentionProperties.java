package org.nafitha.detention;

import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code nafitha.detention}: what each relation sees of a detainee's file under each legal status.
 * A relation or status missing from the table sees nothing beyond "in custody".
 */
@ConfigurationProperties("nafitha.detention")
public record DetentionProperties(Map<LegalStatus, Map<Relation, Set<DetaineeField>>> visibility) {

    public DetentionProperties {
        visibility = visibility == null ? Map.of() : Map.copyOf(visibility);
    }
}
