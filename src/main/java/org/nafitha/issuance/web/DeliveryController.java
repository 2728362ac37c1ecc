package org.nafitha.issuance.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseParties;
import org.nafitha.cases.CaseReference;
import org.nafitha.country.ArabicDigits;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.nafitha.issuance.IssuanceProperties;
import org.nafitha.issuance.internal.ArrangingDelivery;
import org.nafitha.issuance.internal.Deliveries;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The applicant's page for choosing home delivery or office pickup, and then following it. */
@Controller
class DeliveryController {

    private final ArrangingDelivery arranging;
    private final Deliveries deliveries;
    private final CaseParties parties;
    private final IssuanceProperties properties;
    private final Calendars calendars;
    private final MessageSource messages;

    DeliveryController(ArrangingDelivery arranging, Deliveries deliveries, CaseParties parties,
                       IssuanceProperties properties, Calendars calendars, MessageSource messages) {
        this.arranging = arranging;
        this.deliveries = deliveries;
        this.parties = parties;
        this.properties = properties;
        this.calendars = calendars;
        this.messages = messages;
    }

    /** Latitude and longitude as typed (Arabic-Indic digits too); the token makes a double submit one choice. */
    record DeliveryForm(@Nullable String method, @Nullable String district, @Nullable String address,
                        @Nullable String latitude, @Nullable String longitude, @Nullable String office,
                        @Nullable String token) {
    }

    @GetMapping("/applications/{reference}/delivery")
    String page(@PathVariable String reference, Actor actor, Model model, Locale locale) {
        var ref = own(reference, actor);
        model.addAttribute("reference", ref.value());
        model.addAttribute("delivery", deliveries.forCase(ref).orElse(null));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new DeliveryForm(null, null, null, null, null, null, UUID.randomUUID().toString()));
        }
        model.addAttribute("errors", model.containsAttribute("errors") ? model.getAttribute("errors") : Map.of());
        model.addAttribute("offices", properties.pickupOffices());
        model.addAttribute("fee", calendars.money(properties.deliveryFee(), locale));
        return "issuance/delivery";
    }

    @PostMapping("/applications/{reference}/delivery")
    String choose(@PathVariable String reference, @ModelAttribute DeliveryForm form, Actor actor, Model model,
                  Locale locale, RedirectAttributes redirect) {
        var ref = own(reference, actor);
        var choice = new ArrangingDelivery.Choice(form.method(), form.district(), form.address(),
                decimal(form.latitude()), decimal(form.longitude()), form.office());
        var token = form.token() == null || form.token().isBlank() ? UUID.randomUUID().toString() : form.token();
        return switch (arranging.arrange(ref, actor, choice, "web-" + token)) {
            case ArrangingDelivery.Arranged a -> {
                redirect.addFlashAttribute("banner", "issuance.delivery.chosen");
                redirect.addFlashAttribute("bannerReference", ref.value());
                yield "redirect:/applications/" + ref.value() + "/delivery";
            }
            case ArrangingDelivery.Invalid i -> {
                var errors = new HashMap<String, String>();
                i.errors().forEach(e -> errors.put(e[0], messages.getMessage(e[1], null, locale)));
                model.addAttribute("form", form);
                model.addAttribute("errors", errors);
                yield page(reference, actor, model, locale);
            }
            case ArrangingDelivery.NotFound n -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case ArrangingDelivery.Conflict c -> "redirect:/applications/" + ref.value() + "/delivery";
        };
    }

    private CaseReference own(String reference, Actor actor) {
        return CaseReference.parse(reference).filter(r -> parties.onApplicantSide(r, actor))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static @Nullable BigDecimal decimal(@Nullable String typed) {
        if (typed == null || typed.isBlank()) return null;
        try {
            return new BigDecimal(ArabicDigits.toLatin(typed.strip()).replace('٫', '.').replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
