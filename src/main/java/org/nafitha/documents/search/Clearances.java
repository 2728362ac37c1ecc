package org.nafitha.documents.search;

import org.nafitha.identity.Actor;
import org.springframework.stereotype.Service;
import java.util.Objects;

/**
 * A member of staff's clearance: the highest level any of their roles grants (configured per role
 * under {@code nafitha.documents.clearance}), for their own department, or for all departments
 * when one of their roles is an archive-wide role.
 */
@Service
public class Clearances {

    private final ClearanceProperties properties;

    Clearances(ClearanceProperties properties) {
        this.properties = properties;
    }

    public Clearance of(Actor actor) {
        if (!actor.isStaff()) return Clearance.NONE;
        var level = actor.roles().stream().map(role -> properties.roles().get(role.name()))
                .filter(Objects::nonNull).max(Enum::compareTo).orElse(null);
        if (level == null) return Clearance.NONE;
        var all = actor.roles().stream().anyMatch(role -> properties.allDepartments().contains(role.name()));
        return new Clearance(level, all, actor.department());
    }
}
