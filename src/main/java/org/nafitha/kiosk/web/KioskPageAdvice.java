package org.nafitha.kiosk.web;

import org.nafitha.kiosk.KioskProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every kiosk page knows the idle timeout, for its countdown. */
@ControllerAdvice(assignableTypes = {KioskSignInController.class, KioskCodeController.class,
        KioskServicesController.class, KioskApplicationController.class})
class KioskPageAdvice {

    private final KioskProperties properties;

    KioskPageAdvice(KioskProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("kioskSeconds")
    long kioskSeconds() {
        return properties.idleTimeout().toSeconds();
    }
}
