package org.nafitha.detention.web;

import java.util.Optional;

import org.nafitha.detention.internal.Followed;
import org.nafitha.detention.internal.Following;
import org.nafitha.detention.internal.Looks;
import org.nafitha.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** A detainee the family member follows, by the id in the URL; one they may not follow is not found, and the look audited. */
@Component
class FamilyAccess {

    private final Following following;
    private final Looks looks;

    FamilyAccess(Following following, Looks looks) {
        this.following = following;
        this.looks = looks;
    }

    Followed followed(String id, Actor actor) {
        var f = DetaineesApi.parse(id).flatMap(uuid -> actor.nationalId() == null ? Optional.<Followed>empty()
                : following.follow(actor.nationalId(), uuid));
        if (f.isEmpty()) {
            looks.refused(actor, id, "web");
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return f.get();
    }
}
