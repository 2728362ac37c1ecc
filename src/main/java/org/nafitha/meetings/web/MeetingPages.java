package org.nafitha.meetings.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.meetings.MeetingError;
import org.nafitha.meetings.internal.Interpreting;
import org.nafitha.meetings.internal.JoiningMeetings;
import org.nafitha.meetings.internal.MeetingNotes;
import org.nafitha.meetings.internal.RunningMeetings;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The call's pages ({@link CallPage}): the person's waiting room and call ({@code /meetings/{id}}), and
 * the host's, with the case brief beside the call, the notes kept with the meeting and, when the person
 * asked for one, the choice of sign-language interpreter ({@code /staff/meetings/{id}}); and the security
 * officer's watching a video visit ({@code /staff/meetings/{id}/watch}). The interpreter's are
 * {@link InterpreterPages}. The media needs JavaScript; the page says so when it is off.
 */
@Controller
class MeetingPages {

    private final JoiningMeetings joining;
    private final MeetingNotes notes;
    private final CallPage callPage;
    private final MeetingChatPages chat;
    private final Interpreting interpreting;

    MeetingPages(JoiningMeetings joining, MeetingNotes notes, CallPage callPage, MeetingChatPages chat,
                 Interpreting interpreting) {
        this.joining = joining;
        this.notes = notes;
        this.callPage = callPage;
        this.chat = chat;
        this.interpreting = interpreting;
    }

    @GetMapping("/meetings/{id}")
    String person(@PathVariable UUID id, @RequestParam(defaultValue = "all") String ice,
                  @RequestParam(required = false) @Nullable String chatError, Actor actor, Model model, Locale locale) {
        var meeting = joining.of(id, actor).filter(m -> m.isPerson(actor)).orElseThrow(MeetingPages::notFound);
        model.addAllAttributes(chat.form(id, actor, known(chatError), ""));
        return callPage.show(meeting, false, ice, model, locale);
    }

    @GetMapping("/staff/meetings/{id}")
    String host(@PathVariable UUID id, @RequestParam(defaultValue = "all") String ice,
                @RequestParam(required = false) @Nullable String chatError,
                @RequestParam(required = false) @Nullable String interpreterError, Actor actor, Model model, Locale locale) {
        var meeting = joining.of(id, actor).filter(m -> m.isHost(actor)).orElseThrow(MeetingPages::notFound);
        model.addAllAttributes(chat.form(id, actor, known(chatError), ""));
        model.addAttribute("notes", notes.of(id));
        model.addAttribute("noteLength", MeetingNotes.MAX_LENGTH);
        if (meeting.interpreting().asked()) model.addAttribute("interpreters", interpreting.interpreters());
        model.addAttribute("interpreterError", known(interpreterError));
        return callPage.show(meeting, true, ice, model, locale);
    }

    /** A security officer watches a video visit: the call page without a camera, a chat or notes. */
    @GetMapping("/staff/meetings/{id}/watch")
    String viewer(@PathVariable UUID id, @RequestParam(defaultValue = "all") String ice, Actor actor, Model model,
                  Locale locale) {
        var meeting = joining.toWatch(id, actor).orElseThrow(MeetingPages::notFound);
        model.addAttribute("viewer", true);
        model.addAttribute("side", RunningMeetings.Side.VIEWER);
        return callPage.show(meeting, false, ice, model, locale);
    }

    @PostMapping("/staff/meetings/{id}/notes")
    String note(@PathVariable UUID id, @RequestParam(defaultValue = "") String text, Actor actor) {
        if (notes.write(id, actor, text).isPresent()) throw notFound();
        return "redirect:/staff/meetings/" + id + "#notes";
    }

    /** Only a refusal's own message key comes back from the redirect; anything else in the address is ignored. */
    private static @Nullable String known(@Nullable String key) {
        return Arrays.stream(MeetingError.values()).map(MeetingError::messageKey).filter(k -> k.equals(key)).findFirst()
                .orElse(null);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
