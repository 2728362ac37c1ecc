package org.nafitha.identity.web;

import org.nafitha.identity.internal.*;

import java.time.Instant;
import java.util.Comparator;

import org.nafitha.identity.Actor;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The devices signed in to my account (sessions live in the database), and signing out of all of
 * them at once, e.g. after losing a phone.
 */
@Controller
class SessionsController {


    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final AuditTrail audit;

    private final TokenGenerations tokens;

    SessionsController(FindByIndexNameSessionRepository<? extends Session> sessions, AuditTrail audit,
                       TokenGenerations tokens) {
        this.sessions = sessions;
        this.audit = audit;
        this.tokens = tokens;
    }

    record Device(String id, String description, Instant signedIn, Instant lastSeen, boolean current) {
    }

    @GetMapping("/account/sessions")
    String list(Actor actor, HttpServletRequest request, Model model) {
        var current = request.getSession().getId();
        model.addAttribute("devices", sessions.findByPrincipalName(actor.username()).values().stream()
                .map(s -> new Device(s.getId(), s.getAttributeOrDefault(SignedInSessions.DEVICE, "—"), s.getCreationTime(),
                        s.getLastAccessedTime(), s.getId().equals(current)))
                .sorted(Comparator.comparing(Device::lastSeen).reversed()).toList());
        return "identity/sessions";
    }

    @PostMapping("/account/sessions/sign-out-everywhere")
    String signOutEverywhere(Actor actor, HttpServletRequest request) {
        var all = sessions.findByPrincipalName(actor.username()).keySet();
        all.forEach(sessions::deleteById);
        // the app's bearer tokens too: a lost phone's app must not keep working until its token expires
        tokens.revokeAll(actor.username());
        audit.recordAlone(new AuditEntry(actor.username(), actor.primaryRole().name(), "identity.sign-out-everywhere",
                actor.nationalId(), null, all.size() + " sessions"));
        SecurityContextHolder.clearContext();
        return "redirect:/signin?logout";
    }
}
