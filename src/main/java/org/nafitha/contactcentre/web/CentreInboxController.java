package org.nafitha.contactcentre.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nafitha.assistant.Assistant;
import org.nafitha.contactcentre.internal.Conversation;
import org.nafitha.contactcentre.internal.WrittenChannel;
import org.nafitha.identity.AccessibilityNeeds;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Contacts;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The communication centre's inbox: open conversations, one thread with the answer form, closing. */
@Controller
class CentreInboxController {

    private final WrittenChannel channel;
    private final Contacts contacts;
    private final AccessibilityNeeds needs;
    private final MessageSource messages;
    private final Assistant assistant;

    CentreInboxController(WrittenChannel channel, Contacts contacts, AccessibilityNeeds needs, MessageSource messages,
                          Assistant assistant) {
        this.assistant = assistant;
        this.channel = channel;
        this.contacts = contacts;
        this.needs = needs;
        this.messages = messages;
    }

    @GetMapping("/staff/communication")
    String inbox(Actor actor, Model model) {
        requireCentre(actor);
        model.addAttribute("conversations", channel.inbox(actor));
        return "contactcentre/inbox";
    }

    @GetMapping("/staff/communication/{reference}")
    String thread(@PathVariable String reference, Actor actor, Model model, Locale locale) {
        requireCentre(actor);
        var conversation = channel.readAsStaff(actor, reference.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return show(conversation, "", Map.of(), model, locale);
    }

    @PostMapping("/staff/communication/{reference}")
    String answer(@PathVariable String reference, @RequestParam(defaultValue = "") String body, Actor actor, Model model,
                  Locale locale) {
        requireCentre(actor);
        var conversation = channel.readAsStaff(actor, reference.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return switch (channel.write(actor, conversation, body)) {
            case WrittenChannel.Added added -> "redirect:/staff/communication/" + conversation.reference() + "?sent";
            case WrittenChannel.NotAdded not -> show(conversation, body,
                    Map.of("body", messages.getMessage(not.messageKey(), null, locale)), model, locale);
        };
    }

    @PostMapping("/staff/communication/{reference}/close")
    String close(@PathVariable String reference, Actor actor, RedirectAttributes redirect) {
        requireCentre(actor);
        var conversation = channel.readAsStaff(actor, reference.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var refused = channel.close(actor, conversation);
        redirect.addFlashAttribute("banner", refused.map(Conversation.Refusal::messageKey).orElse("contactcentre.commcentre.closed"));
        return "redirect:/staff/communication";
    }

    private String show(Conversation conversation, String body, Map<String, String> errors, Model model, Locale locale) {
        var person = contacts.find(conversation.person());
        model.addAttribute("conversation", conversation);
        var messages = channel.messages(conversation);
        model.addAttribute("messages", messages);
        model.addAttribute("suggestions", suggestions(conversation, messages, locale));
        model.addAttribute("personName", person.map(c -> "ar".equals(locale.getLanguage()) ? c.nameAr() : c.nameEn())
                .orElse(conversation.person()));
        model.addAttribute("needs", needs.of(conversation.person()));
        model.addAttribute("body", body);
        model.addAttribute("errors", errors);
        return "contactcentre/staff-thread";
    }

    /**
     * What the guidance assistant finds in the catalogue for the person's own words (the topic and
     * their latest message): services the agent may point them to, each with where to start. Nothing
     * is sent to the person until the agent writes it.
     */
    private List<Assistant.Answer> suggestions(Conversation conversation, List<Conversation.Message> messages, Locale locale) {
        var latest = messages.reversed().stream().filter(m -> !m.fromStaff()).map(Conversation.Message::body).findFirst().orElse("");
        var words = (conversation.topic() + " " + latest).strip();
        var question = words.length() > Assistant.MAX_QUESTION ? words.substring(0, Assistant.MAX_QUESTION) : words;
        var reply = assistant.ask(question, locale, null);
        return reply.notFound() || reply.notUnderstood() ? List.of() : reply.answers();
    }

    private static void requireCentre(Actor actor) {
        if (!Conversation.centreStaff(actor)) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
}
