package org.nafitha.contactcentre.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.nafitha.contactcentre.internal.Conversation;
import org.nafitha.contactcentre.internal.OpeningConversations;
import org.nafitha.contactcentre.internal.WrittenChannel;
import org.nafitha.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The person's side of the written channel: their conversations, a new one, one thread. */
@Controller
class ConversationsController {

    private final WrittenChannel channel;
    private final OpeningConversations openings;
    private final MessageSource messages;

    ConversationsController(WrittenChannel channel, OpeningConversations openings, MessageSource messages) {
        this.channel = channel;
        this.openings = openings;
        this.messages = messages;
    }

    @GetMapping("/communication")
    String list(@RequestParam(name = "case", defaultValue = "") String caseReference, Actor actor, Model model) {
        model.addAttribute("conversations", channel.mine(actor));
        model.addAttribute("opening", new OpeningConversations.Opening("", caseReference, ""));
        model.addAttribute("errors", Map.of());
        return "contactcentre/conversations";
    }

    @PostMapping("/communication")
    String open(@RequestParam(defaultValue = "") String topic, @RequestParam(defaultValue = "") String caseReference,
                @RequestParam(defaultValue = "") String body, Actor actor, Model model, Locale locale) {
        var opening = new OpeningConversations.Opening(topic, caseReference, body);
        return switch (openings.open(actor, opening)) {
            case OpeningConversations.Started started -> "redirect:/communication/" + started.reference() + "?opened";
            case OpeningConversations.Refused refused -> {
                var errors = new LinkedHashMap<String, String>();
                refused.problems().forEach(p -> errors.putIfAbsent(p.field(),
                        messages.getMessage("contactcentre.commcentre.error." + p.code(), null, locale)));
                model.addAttribute("conversations", channel.mine(actor));
                model.addAttribute("opening", opening);
                model.addAttribute("errors", errors);
                yield "contactcentre/conversations";
            }
        };
    }

    @GetMapping("/communication/{reference}")
    String thread(@PathVariable String reference, Actor actor, Model model) {
        return show(mine(actor, reference), "", Map.of(), model);
    }

    @PostMapping("/communication/{reference}")
    String write(@PathVariable String reference, @RequestParam(defaultValue = "") String body, Actor actor, Model model,
                 Locale locale) {
        var conversation = mine(actor, reference);
        return switch (channel.write(actor, conversation, body)) {
            case WrittenChannel.Added added -> "redirect:/communication/" + conversation.reference() + "?sent";
            case WrittenChannel.NotAdded not -> show(conversation, body,
                    Map.of(not.field() == null ? "body" : not.field(), messages.getMessage(not.messageKey(), null, locale)), model);
        };
    }

    private String show(Conversation conversation, String body, Map<String, String> errors, Model model) {
        model.addAttribute("conversation", conversation);
        model.addAttribute("messages", channel.messages(conversation));
        model.addAttribute("body", body);
        model.addAttribute("errors", errors);
        return "contactcentre/thread";
    }

    private Conversation mine(Actor actor, String reference) {
        return channel.mine(actor, reference.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
