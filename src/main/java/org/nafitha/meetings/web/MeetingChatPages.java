package org.nafitha.meetings.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.meetings.MeetingError;
import org.nafitha.meetings.internal.MeetingChat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The text chat on the call page, as a form that works without JavaScript (htmx refreshes the list
 * every few seconds and sends without reloading when it is there); the apps' twin is
 * {@link MeetingChatting}. Anyone not taking part gets 404.
 */
@Controller
class MeetingChatPages {

    private final MeetingChat chat;

    MeetingChatPages(MeetingChat chat) {
        this.chat = chat;
    }

    @GetMapping({"/meetings/{id}/chat", "/staff/meetings/{id}/chat"})
    String messages(@PathVariable UUID id, Actor actor, Model model) {
        model.addAttribute("chat", chat.read(id, actor, 0).orElseThrow(MeetingChatPages::notFound));
        model.addAttribute("chatPath", path(id, actor));
        return "meetings/chat :: messages";
    }

    @PostMapping({"/meetings/{id}/chat", "/staff/meetings/{id}/chat"})
    String send(@PathVariable UUID id, @RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String key,
                @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Actor actor, Model model) {
        var said = chat.say(id, actor, text, key);
        var error = said instanceof MeetingChat.Said.Refused r ? r.error() : null;
        if (error == MeetingError.NOT_FOUND) throw notFound();
        var refused = error == null ? null : error.messageKey();
        if (htmx == null) {
            var page = path(id, actor).replaceFirst("/chat$", "");
            return "redirect:" + page + (refused == null ? "" : "?chatError=" + refused) + "#chat";
        }
        model.addAllAttributes(form(id, actor, refused, refused == null ? "" : text));
        return "meetings/chat :: chat";
    }

    /** What the call page's chat needs: the messages so far and a form with a fresh one-time key. */
    Map<String, Object> form(UUID id, Actor actor, @Nullable String error, String text) {
        return Map.of("chat", chat.read(id, actor, 0).orElse(List.of()), "chatPath", path(id, actor),
                "chatKey", UUID.randomUUID().toString(), "chatLength", MeetingChat.MAX_LENGTH,
                "chatError", error == null ? "" : error, "chatText", text);
    }

    private static String path(UUID id, Actor actor) {
        return (actor.isStaff() ? "/staff/meetings/" : "/meetings/") + id + "/chat";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
