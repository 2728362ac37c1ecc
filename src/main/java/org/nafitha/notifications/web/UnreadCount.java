package org.nafitha.notifications.web;

import org.nafitha.identity.Actor;
import org.nafitha.identity.CurrentActor;
import org.nafitha.identity.PageModel;
import org.nafitha.notifications.internal.InboxMessages;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;

import jakarta.servlet.http.HttpServletRequest;

/** The unread count beside "notifications" in every page's header. */
@Component
class UnreadCount implements PageModel {

    private final InboxMessages inbox;
    private final CurrentActor current;

    UnreadCount(InboxMessages inbox, CurrentActor current) {
        this.inbox = inbox;
        this.current = current;
    }

    /** Only for pages: an API call never counts (found by the submit benchmark). */
    @Override
    public void addTo(ModelMap model, HttpServletRequest request) {
        model.addAttribute("unreadCount", current.get().map(Actor::nationalId).map(inbox::unread).orElse(0L));
    }
}
