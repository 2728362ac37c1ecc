package org.nafitha.kiosk.web;


import org.nafitha.cases.Applications;
import org.nafitha.cases.CaseReference;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The signed-in person at the kiosk: the kiosk services, the receipt of a case just applied for
 * ({@link KioskApplicationController} has the form), their cases.
 */
@Controller
class KioskServicesController {

    private final Catalogue catalogue;
    private final Applications applications;

    KioskServicesController(Catalogue catalogue, Applications applications) {
        this.catalogue = catalogue;
        this.applications = applications;
    }

    @GetMapping("/kiosk/home")
    String home(Actor actor, Model model) {
        model.addAttribute("services", catalogue.kiosk());
        model.addAttribute("recent", applications.mine(actor).stream().limit(3).toList());
        return "kiosk/home";
    }

    /** The kiosk touches nothing but its own: any ping keeps the session (see the boundary filter). */
    @GetMapping("/kiosk/still-here")
    ResponseEntity<Void> stillHere() {
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/kiosk/receipt/{reference}")
    String receipt(@PathVariable String reference, Actor actor, Model model) {
        var summary = CaseReference.parse(reference).flatMap(ref -> applications.mine(actor).stream()
                        .filter(s -> s.reference().equals(ref)).findFirst())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var service = catalogue.find(summary.serviceCode()).orElseThrow();
        model.addAttribute("summary", summary);
        model.addAttribute("service", service);
        model.addAttribute("documentsLater", "AWAITING_DOCUMENTS".equals(summary.status()));
        model.addAttribute("qr", KioskQr.dataUri(summary.reference().value()));
        return "kiosk/receipt";
    }

    @GetMapping("/kiosk/applications")
    String mine(Actor actor, Model model) {
        model.addAttribute("applications", applications.mine(actor));
        return "kiosk/applications";
    }
}
