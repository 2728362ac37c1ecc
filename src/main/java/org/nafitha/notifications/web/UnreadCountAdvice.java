package org.nafitha.notifications.web;

import org.nafitha.identity.Actor;
import org.nafitha.identity.CurrentActor;
import org.nafitha.notifications.internal.InboxMessages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The unread count beside "notifications" in every page's header. */
@ControllerAdvice(annotations = Controller.class)
class UnreadCountAdvice {

    private final InboxMessages inbox;
    private final CurrentActor current;

    UnreadCountAdvice(InboxMessages inbox, CurrentActor current) {
        this.inbox = inbox;
        this.current = current;
    }

    /**
     * Only pages show it. {@code annotations = Controller.class} also matches REST controllers,
     * where counting would cost a query on every API call (found by the submit benchmark).
     */
    @ModelAttribute("unreadCount")
    long unread(jakarta.servlet.http.HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) return 0;
        return current.get().map(Actor::nationalId).map(inbox::unread).orElse(0L);
    }
}
