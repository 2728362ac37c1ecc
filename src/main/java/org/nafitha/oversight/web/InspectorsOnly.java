package org.nafitha.oversight.web;

import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;

/** The inspectors' desk is theirs alone: anyone else finds nothing there (404). */
@ControllerAdvice(assignableTypes = {InspectionController.class, InspectionAlertsController.class})
class InspectorsOnly {

    @ModelAttribute
    void inspectorsOnly(Actor actor) {
        if (!actor.has(Role.INSPECTOR)) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
