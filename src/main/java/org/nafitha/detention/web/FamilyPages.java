package org.nafitha.detention.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nafitha.detention.RequestType;
import org.nafitha.detention.internal.DetentionRequests;
import org.nafitha.detention.internal.Disclosing;
import org.nafitha.detention.internal.Followed;
import org.nafitha.detention.internal.Following;
import org.nafitha.detention.internal.Looks;
import org.nafitha.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The family's pages of the detainee window (تواصل): the detainees they follow, each one's status page,
 * and the request forms ({@link FamilyRequestPages}). Plain forms; a detainee they may not follow is "not found", and audited.
 */
@Controller
class FamilyPages {

    private final FamilyAccess access;
    private final Following following;
    private final Disclosing disclosing;
    private final Looks looks;
    private final DetentionRequests requests;

    FamilyPages(FamilyAccess access, Following following, Disclosing disclosing, Looks looks, DetentionRequests requests) {
        this.access = access;
        this.following = following;
        this.disclosing = disclosing;
        this.looks = looks;
        this.requests = requests;
    }

    @GetMapping("/detainees")
    String list(Actor actor, Model model) {
        var followed = actor.nationalId() == null ? List.<Followed>of() : following.followedBy(actor.nationalId());
        followed.forEach(f -> looks.byFollower(actor, f, "web"));
        model.addAttribute("files", followed.stream().map(disclosing::fileFor).toList());
        return "detention/list";
    }

    @GetMapping("/detainees/{id}")
    String one(@PathVariable String id, @RequestParam(required = false) @Nullable String sent, Actor actor, Model model) {
        var f = access.followed(id, actor);
        looks.byFollower(actor, f, "web");
        model.addAttribute("file", disclosing.fileFor(f));
        model.addAttribute("requests", requests.by(actor.nationalId(), f.detainee().id()));
        model.addAttribute("types", RequestType.values());
        if (sent != null) {
            model.addAttribute("banner", "detention.request.sent");
            model.addAttribute("bannerReference", sent);
        }
        return "detention/detainee";
    }
}
