package org.nafitha.oversight.web;

import java.io.IOException;

import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.nafitha.transparency.VerifiableLog;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/** Inspectors export the log for the offline verifier. Anyone else is told there is nothing here. */
@RestController
@RequestMapping("/api/v1/transparency")
@Tag(name = "Transparency")
class InspectionApi {

    private final VerifiableLog log;
    private final AuditTrail audit;

    InspectionApi(VerifiableLog log, AuditTrail audit) {
        this.log = log;
        this.audit = audit;
    }

    @Operation(summary = "Export entries [from, to) as JSON lines for the offline verifier (inspectors only)")
    @GetMapping("/entries")
    void entries(@RequestParam(defaultValue = "0") long from,
                 @RequestParam(defaultValue = "9223372036854775807") long to,
                 @RequestParam(defaultValue = "true") boolean redacted, Actor actor, HttpServletResponse response)
            throws IOException {
        if (!actor.has(Role.INSPECTOR)) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        if (from < 0 || to < from) throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "need 0 <= from <= to");
        audit.recordAlone(new AuditEntry(actor.username(), Role.INSPECTOR.name(), "oversight.export", null, null,
                "entries " + from + ".." + (to == Long.MAX_VALUE ? "end" : to) + (redacted ? ", redacted" : ", full"),
                actor.department()));
        log.publish();
        response.setContentType("application/x-ndjson");
        response.setCharacterEncoding("UTF-8");
        log.export(from, to, redacted, response.getOutputStream());
    }
}
