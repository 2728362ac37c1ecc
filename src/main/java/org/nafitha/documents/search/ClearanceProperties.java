package org.nafitha.documents.search;

import java.util.List;
import java.util.Map;

import org.nafitha.documents.Classification;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may see what of the archive, per staff role.
 *
 * @param roles          the highest classification each role may read (a role not named reads nothing)
 * @param allDepartments roles that read every department's documents, not only their own
 */
@ConfigurationProperties("nafitha.documents.clearance")
public record ClearanceProperties(Map<String, Classification> roles, List<String> allDepartments) {

    public ClearanceProperties {
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        allDepartments = allDepartments == null ? List.of() : List.copyOf(allDepartments);
    }
}
